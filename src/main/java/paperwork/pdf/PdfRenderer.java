package paperwork.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;
import paperwork.render.DocumentMetadata;
import paperwork.render.RenderedDocument;

/**
 * Turns a laid-out document (XHTML) into a tagged, accessible PDF (PDF/UA-1 and PDF/A-3u) with
 * Liberation Sans embedded. The same document gives the same bytes: the creation date comes from
 * the metadata and the document ID from the content. Not thread-safe: make one per thread and
 * reuse it, so that font metrics stay warm.
 */
public final class PdfRenderer {
    static {
        // openhtmltopdf reports through XRLog; its messages reach us as diagnostics, never as log lines.
        XRLog.listRegisteredLoggers();
        XRLog.setLoggerImpl(new SilentLogger());
        XRLog.setLoggingEnabled(true);
        // PDFBox deflates every stream (page contents, object streams, fonts) at this JVM-wide level,
        // read at each use. Level 6, zlib's default, spent a quarter of the time of a learner's forms
        // walking hash chains through the repetitive tagged content; level 4 takes half the time and,
        // with the larger object streams below, the files come out no bigger. Set here, before any
        // PDF is written, so that every document of a run is compressed alike.
        System.setProperty(Filter.SYSPROP_DEFLATELEVEL, "4");
    }

    /**
     * Object streams of 1,000 objects instead of PDFBox's 200: a form's structure tree is thousands
     * of small dictionaries, which compress better together (5% smaller files, no slower to write).
     */
    private static final CompressParameters OBJECT_STREAMS = new CompressParameters(1000);

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final boolean pdfA;
    /** Font metrics survive from one document to the next, so fonts are measured once per thread. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FontMetricsCache();
    /** The faces of {@link PdfFonts#faces()}, parsed once per renderer instead of once per document. */
    private final List<TrueTypeFont> parsedFaces = PdfFonts.faces().stream().map(PdfFonts.Face::parse).toList();
    /** Reset by openhtmltopdf for every run of text, so one serves every document. */
    private final PdfLineBreaker lineBreaker = new PdfLineBreaker();
    private final PdfMetadataWriter metadataWriter = new PdfMetadataWriter();

    /** PDF/UA-1 and PDF/A-3u. */
    public PdfRenderer() {
        this(true);
    }

    /** @param pdfA also claim PDF/A-3u conformance (with an sRGB output intent) */
    public PdfRenderer(boolean pdfA) {
        this.pdfA = pdfA;
    }

    /** @throws PdfRenderException when the XHTML is not well formed or the PDF cannot be written */
    public RenderedPdf render(RenderedDocument document) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String where = document.definition().template() == null ? document.definition().name()
                : "templates/" + document.definition().template();
        missingGlyphs(document, where, diagnostics);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            if (pdfA) {
                builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
                builder.useColorProfile(SRGB);
            }
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            for (int i = 0; i < parsedFaces.size(); i++) {
                PdfFonts.Face face = PdfFonts.faces().get(i);
                builder.useFont(new EmbeddedFace(pdf, parsedFaces.get(i)), PdfFonts.FAMILY, face.weight(), face.style(), true);
            }
            builder.useUnicodeLineBreaker(lineBreaker);
            builder.withProducer(paperwork.render.DocumentModel.GENERATOR);
            builder.withDiagnosticConsumer(d -> {
                Severity s = severity(d.getLevel());
                if (s != null) {
                    diagnostics.add(new Diagnostic(s, "pdf-" + d.getLogMessageId().getWhere().toLowerCase(Locale.ROOT),
                            where, 0, document.subjectId() + ": " + d.getFormattedMessage()));
                }
            });
            builder.withHtmlContent(document.xhtml(), null);
            builder.buildPdfRenderer().createPDFWithoutClosing();
            int pages = pdf.getNumberOfPages();
            metadataWriter.write(pdf, document.metadata());
            PdfLinkDescriptions.copyAltToContents(pdf);
            PdfDirectPropertyLists.inline(pdf);
            pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(document));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out, OBJECT_STREAMS);
            return new RenderedPdf(out.toByteArray(), pages, diagnostics);
        } catch (IOException e) {
            throw new PdfRenderException(new Diagnostic(Severity.ERROR, "pdf-failed", where, 0,
                    document.subjectId() + ": the PDF could not be written: " + e.getMessage()), e);
        } catch (RuntimeException e) {
            // openhtmltopdf throws unchecked exceptions for XHTML that is not well formed.
            throw new PdfRenderException(new Diagnostic(Severity.ERROR, "pdf-failed", where, 0,
                    document.subjectId() + ": the document could not be laid out: " + e.getMessage()), e);
        }
    }

    /**
     * openhtmltopdf prints a character the font lacks as '#' and says so nowhere: look for such
     * characters in the text first (markup and entities are ASCII, so every other character is text).
     */
    private static void missingGlyphs(RenderedDocument document, String where, List<Diagnostic> diagnostics) {
        java.util.Set<Integer> missing = new java.util.TreeSet<>();
        document.xhtml().codePoints().filter(c -> !PdfFonts.canPrint(c)).forEach(missing::add);
        for (int c : missing) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "pdf-missing-glyph", where, 0, document.subjectId() + ": "
                    + String.format("%s has no glyph for U+%04X '%s': the PDF prints '#' in its place", PdfFonts.FAMILY, c,
                            new String(Character.toChars(c)))));
        }
    }

    /** The trailer ID: two copies of a hash of the content and metadata, the same for the same input. */
    private static COSArray documentId(RenderedDocument document) {
        DocumentMetadata m = document.metadata();
        byte[] id = Arrays.copyOf(md5(document.xhtml() + "\u0000" + m.title() + "\u0000" + m.created()), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Calendar calendar(java.time.Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static Severity severity(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) return Severity.ERROR;
        if (level.intValue() >= Level.WARNING.intValue()) return Severity.WARNING;
        return null;
    }

    /**
     * A parsed face, embedded as a subset into one document when the layout first asks for it (so
     * that a document in regular text only carries no bold face). {@code PDType0Font.load} with a
     * parsed font neither closes nor changes it: the subset is built from a copy of the glyphs used.
     */
    private static final class EmbeddedFace extends PDFontSupplier {
        private final PDDocument pdf;
        private final TrueTypeFont parsed;
        private PDFont embedded;

        EmbeddedFace(PDDocument pdf, TrueTypeFont parsed) {
            super(null);
            this.pdf = pdf;
            this.parsed = parsed;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(pdf, parsed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return embedded;
        }
    }

    /** Keeps openhtmltopdf quiet: its messages are collected per document instead. */
    private static final class SilentLogger implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return false;
        }
    }

    /** A plain map: one renderer per thread, so no locking. */
    private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final java.util.HashMap<String, FSCacheValue> map = new java.util.HashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
            FSCacheValue v = map.get(key);
            if (v == null) {
                try {
                    v = loader.call();
                } catch (Exception e) {
                    return null;
                }
                if (v != null) map.put(key, v);
            }
            return v;
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
