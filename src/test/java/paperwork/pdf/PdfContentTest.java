package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.EvidenceRequirement;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.RenderFixtures;
import paperwork.render.RenderedDocument;
import paperwork.render.TemplateEngine;

/** PDFs read back with PDFBox: the catalogue's text is all there, printed as text, the same bytes every time. */
class PdfContentTest {
    static TemplateEngine engine;
    static PdfRenderer renderer;
    static Catalogue synthetic;
    static Catalogue real;

    @BeforeAll
    static void setUp() {
        engine = new TemplateEngine();
        renderer = new PdfRenderer();
        synthetic = RenderFixtures.synthetic();
        real = RenderFixtures.realSources();
    }

    private static String textOf(Catalogue c, DocumentDefinition def, String id) throws Exception {
        return PdfTestSupport.bodyText(renderer.render(PdfTestSupport.layOut(engine, c, def, id)).bytes());
    }

    /** What a unit pack must carry: every criterion, knowledge item and evidence requirement with its sub-items. */
    private static List<String> expectedInUnitPack(Unit u) {
        List<String> expected = new ArrayList<>();
        u.allCriteria().forEach(c -> expected.add(c.text()));
        u.knowledge().forEach(k -> expected.add(k.text()));
        for (EvidenceRequirement r : u.evidenceRequirements()) {
            expected.add(r.text());
            r.subItems().forEach(s -> expected.add(s.text()));
        }
        return expected.stream().map(PdfTestSupport::normalise).toList();
    }

    private static void assertContainsAll(String where, String text, List<String> expected) {
        List<String> missing = expected.stream().filter(e -> !text.contains(e)).toList();
        assertTrue(missing.isEmpty(), where + " lacks " + missing.size() + " of " + expected.size() + " items, e.g. "
                + missing.stream().limit(3).toList());
    }

    @Test
    void everyRealUnitPackCarriesEveryCriterionAndKnowledgeItem() throws Exception {
        assertFalse(real.units().isEmpty(), "the sources give no units");
        int checked = 0;
        for (Unit u : real.units()) {
            List<String> expected = expectedInUnitPack(u);
            assertContainsAll("unit pack of " + u.id(), textOf(real, Documents.UNIT_PACK, u.id()), expected);
            checked += expected.size();
        }
        assertTrue(checked > 1000, "only " + checked + " items checked");
    }

    @Test
    void trackingSheetsCarryEveryCriterionAndKnowledgeItem() throws Exception {
        for (String id : List.of("A1", "B1", "F1")) {
            Unit u = real.unit(id).orElseThrow();
            List<String> expected = new ArrayList<>();
            u.allCriteria().forEach(c -> expected.add(PdfTestSupport.normalise(c.text())));
            u.knowledge().forEach(k -> expected.add(PdfTestSupport.normalise(k.text())));
            assertContainsAll("tracking sheet of " + id, textOf(real, Documents.UNIT_TRACKING_SHEET, id), expected);
        }
        String sheet = textOf(synthetic, Documents.QUALIFICATION_TRACKING_SHEET, RenderFixtures.QUALIFICATION);
        for (Unit u : synthetic.units()) {
            List<String> expected = new ArrayList<>();
            u.allCriteria().forEach(c -> expected.add(PdfTestSupport.normalise(c.text())));
            u.knowledge().forEach(k -> expected.add(PdfTestSupport.normalise(k.text())));
            assertContainsAll("qualification tracking sheet, unit " + u.id(), sheet, expected);
        }
    }

    @Test
    void theSpecificationCarriesEveryUnitInFullAndTheRules() throws Exception {
        String spec = textOf(synthetic, Documents.SPECIFICATION, RenderFixtures.QUALIFICATION);
        for (Unit u : synthetic.units()) assertContainsAll("specification, unit " + u.id(), spec, expectedInUnitPack(u));
        assertTrue(spec.contains("A minimum of 40 credits must be achieved through units at level 3 and above"), spec);
        assertTrue(spec.contains("Optional group A"), spec);
        assertTrue(spec.contains("advertising and promotions"), "guidance missing: " + spec);
        // Each unit is printed in full once: its first criterion appears once.
        Unit a = synthetic.unit(RenderFixtures.UNIT_A).orElseThrow();
        String first = a.allCriteria().get(0).text();
        assertEquals(1, spec.split(java.util.regex.Pattern.quote(first), -1).length - 1, spec);
    }

    @Test
    void formsArePreFilledWithTheUnitAndLearner() throws Exception {
        LearnerDetails learner = new LearnerDetails("Ada <Lovelace>", "L-0042", "Northgate & Co", "Grace Hopper");
        for (DocumentDefinition def : List.of(Documents.ASSESSMENT_RECORD, Documents.ACTION_PLAN)) {
            RenderedDocument doc = engine.render(def, DocumentModel.of(synthetic, def, RenderFixtures.UNIT_A, learner,
                    DocumentMetadata.DEFAULT_CREATED));
            String text = PdfTestSupport.text(renderer.render(doc).bytes());
            assertTrue(text.contains("Organise and deliver customer service (L/601/1225)"), def.name() + ": " + text);
            assertTrue(text.contains("Ada <Lovelace>"), def.name() + ": " + text);
            assertTrue(text.contains("Grace Hopper"), def.name() + ": " + text);
            assertTrue(text.contains("Obs Observation"), def.name() + " lacks the method key: " + text);
        }
    }

    @Test
    void markupInTheSourcesPrintsAsText() throws Exception {
        RenderedDocument doc = PdfTestSupport.layOut(engine, synthetic, Documents.UNIT_PACK, RenderFixtures.UNIT_A);
        assertTrue(doc.xhtml().contains("Compare &lt;b&gt;bold&lt;/b&gt; claims &amp; &quot;quoted&quot;"), doc.xhtml());
        assertFalse(doc.xhtml().contains("<b>bold</b>"), doc.xhtml());
        String text = PdfTestSupport.text(renderer.render(doc).bytes());
        assertTrue(text.contains(RenderFixtures.TRICKY), text);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        for (DocumentDefinition def : List.of(Documents.SPECIFICATION, Documents.UNIT_PACK, Documents.ACTION_PLAN)) {
            String id = def == Documents.SPECIFICATION ? RenderFixtures.QUALIFICATION : RenderFixtures.UNIT_A;
            RenderedDocument doc = PdfTestSupport.layOut(engine, synthetic, def, id);
            byte[] first = renderer.render(doc).bytes();
            Thread.sleep(1100); // a clock-stamped date would now differ by a second
            byte[] again = new PdfRenderer().render(PdfTestSupport.layOut(new TemplateEngine(), synthetic, def, id)).bytes();
            assertArrayEquals(first, again, def.name() + " differs between two runs");
        }
    }

    @Test
    void propertiesComeFromTheMetadata() throws Exception {
        RenderedDocument doc = PdfTestSupport.layOut(engine, synthetic, Documents.UNIT_PACK, RenderFixtures.UNIT_A);
        RenderedPdf pdf = renderer.render(doc);
        try (PDDocument d = Loader.loadPDF(pdf.bytes())) {
            PDDocumentInformation info = d.getDocumentInformation();
            assertEquals(doc.metadata().title(), info.getTitle());
            assertEquals(doc.metadata().subject(), info.getSubject());
            assertTrue(info.getKeywords().contains(RenderFixtures.UNIT_A), info.getKeywords());
            assertEquals(DocumentMetadata.DEFAULT_CREATED.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals("en-GB", d.getDocumentCatalog().getLanguage());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            for (String expected : List.of(doc.metadata().title(), doc.metadata().subject(), RenderFixtures.UNIT_A,
                    "<rdf:li>en-GB</rdf:li>", "2026-01-01T00:00:00Z", "<pdfuaid:part>1</pdfuaid:part>",
                    "<pdfaid:part>3</pdfaid:part>")) {
                assertTrue(xmp.contains(expected), "XMP lacks " + expected + ":\n" + xmp);
            }
            assertEquals(d.getNumberOfPages(), pdf.pages());
            assertTrue(d.getDocumentCatalog().getDocumentOutline() != null || doc.definition() != Documents.SPECIFICATION);
            String fonts = d.getPage(0).getResources().getFontNames().toString();
            assertTrue(d.getPage(0).getResources().getFontNames().iterator().hasNext(), fonts);
            var font = d.getPage(0).getResources().getFont(d.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("LiberationSans"), font.getName());
            assertTrue(font.isEmbedded(), font.getName());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "not a subset: " + font.getName());
        }
    }

    @Test
    void theSpecificationHasBookmarksForEveryUnit() throws Exception {
        byte[] bytes = renderer.render(PdfTestSupport.layOut(engine, synthetic, Documents.SPECIFICATION,
                RenderFixtures.QUALIFICATION)).bytes();
        try (PDDocument d = Loader.loadPDF(bytes)) {
            List<String> titles = new ArrayList<>();
            collect(d.getDocumentCatalog().getDocumentOutline().children(), titles);
            assertTrue(titles.contains("Key facts"), titles.toString());
            for (Unit u : synthetic.units()) assertTrue(titles.contains(u.id() + " " + u.title()), titles.toString());
        }
    }

    private static void collect(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
            List<String> titles) {
        for (var i : items) {
            titles.add(i.getTitle());
            collect(i.children(), titles);
        }
    }
}
