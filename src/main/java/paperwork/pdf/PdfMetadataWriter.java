package paperwork.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;

/**
 * Fixes the document properties for reproducible output. openhtmltopdf writes the info dictionary
 * and the XMP packet (title, subject, keywords from the XHTML head, the PDF/A and PDF/UA
 * identification) but stamps them with the time of the run: this replaces every date with
 * {@link DocumentMetadata#created()}, in both places so that they agree, and sets the language
 * and producer. The XMP is edited as XML, so its namespaces and extension schemas stay intact.
 * Not thread-safe: one per renderer.
 */
final class PdfMetadataWriter {
    private static final String XMP_NS = "http://ns.adobe.com/xap/1.0/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String[] XMP_DATES = {"CreateDate", "ModifyDate", "MetadataDate"};

    /** Made once per renderer: finding and configuring the XML factories cost more than the edit. */
    private final DocumentBuilder parser;
    private final Transformer serialiser;

    PdfMetadataWriter() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parser = f.newDocumentBuilder();
            serialiser = TransformerFactory.newInstance().newTransformer();
            serialiser.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            serialiser.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured: " + e.getMessage(), e);
        }
    }

    void write(PDDocument pdf, DocumentMetadata m) throws IOException {
        Calendar created = PdfRenderer.calendar(m.created());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setProducer(DocumentModel.GENERATOR);
        info.setCreator(DocumentModel.GENERATOR);
        if (info.getTitle() == null || info.getTitle().isBlank()) info.setTitle(m.title());

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(m.language());
        PDMetadata metadata = catalog.getMetadata();
        if (metadata == null) return;
        byte[] xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = in.readAllBytes();
        }
        PDMetadata fixed = new PDMetadata(pdf);
        fixed.importXMPMetadata(withDatesAndLanguage(xmp, m.created(), m.language()));
        catalog.setMetadata(fixed);
    }

    /**
     * The XMP packet with every xmp: date set to {@code created} and a dc:language beside the
     * dc:title; anything else is left as it was.
     */
    byte[] withDatesAndLanguage(byte[] xmp, Instant created, String language) throws IOException {
        try {
            Document doc = parser.parse(new ByteArrayInputStream(xmp));
            String date = DateTimeFormatter.ISO_INSTANT.format(created);
            for (String name : XMP_DATES) {
                NodeList found = doc.getElementsByTagNameNS(XMP_NS, name);
                for (int i = 0; i < found.getLength(); i++) found.item(i).setTextContent(date);
            }
            NodeList titles = doc.getElementsByTagNameNS(DC_NS, "title");
            if (titles.getLength() > 0 && doc.getElementsByTagNameNS(DC_NS, "language").getLength() == 0) {
                Element lang = doc.createElementNS(DC_NS, "dc:language");
                Element bag = doc.createElementNS(RDF_NS, "rdf:Bag");
                Element li = doc.createElementNS(RDF_NS, "rdf:li");
                li.setTextContent(language);
                bag.appendChild(li);
                lang.appendChild(bag);
                titles.item(0).getParentNode().appendChild(lang);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(xmp.length + 64);
            serialiser.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (SAXException | TransformerException e) {
            throw new IOException("the XMP metadata written by the renderer cannot be read: " + e.getMessage(), e);
        }
    }
}
