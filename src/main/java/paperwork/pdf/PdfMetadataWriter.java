package paperwork.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;

/**
 * Writes the document properties into the info dictionary and the XMP packet, the same values in
 * both as PDF/A requires, with the fixed creation date of {@link DocumentMetadata#created()} in
 * place of the time of the run. The PDF/A and PDF/UA identification written by openhtmltopdf is kept.
 */
final class PdfMetadataWriter {
    private PdfMetadataWriter() {
    }

    static void write(PDDocument pdf, DocumentMetadata m, boolean pdfA) throws IOException {
        Calendar created = PdfRenderer.calendar(m.created());
        String keywords = String.join(", ", m.keywords());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(m.title());
        if (!m.subject().isEmpty()) info.setSubject(m.subject());
        if (!keywords.isEmpty()) info.setKeywords(keywords);
        if (!m.author().isEmpty()) info.setAuthor(m.author());
        info.setCreator(DocumentModel.GENERATOR);
        info.setProducer(DocumentModel.GENERATOR);
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.setDocumentInformation(info);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(m.language());
        XMPMetadata xmp = existing(catalog.getMetadata());
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        if (dc == null) dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(m.title());
        if (!m.subject().isEmpty()) dc.setDescription(m.subject());
        for (String c : new ArrayList<>(nonNull(dc.getCreators()))) dc.removeCreator(c);
        if (!m.author().isEmpty()) dc.addCreator(m.author());
        for (String l : new ArrayList<>(nonNull(dc.getLanguages()))) dc.removeLanguage(l);
        dc.addLanguage(m.language());
        dc.setFormat("application/pdf");
        AdobePDFSchema adobe = xmp.getAdobePDFSchema();
        if (adobe == null) adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(DocumentModel.GENERATOR);
        if (!keywords.isEmpty()) adobe.setKeywords(keywords);
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        basic.setCreatorTool(DocumentModel.GENERATOR);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("the XMP metadata cannot be written: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(out.toByteArray());
        catalog.setMetadata(metadata);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static XMPMetadata existing(PDMetadata metadata) throws IOException {
        if (metadata == null) return XMPMetadata.createXMPMetadata();
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            return parser.parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("the XMP metadata written by the renderer does not parse: " + e.getMessage(), e);
        }
    }
}
