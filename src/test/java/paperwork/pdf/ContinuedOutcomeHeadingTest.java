package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import paperwork.catalogue.Catalogue;
import paperwork.render.DocumentDefinition;
import paperwork.render.Documents;
import paperwork.render.RenderFixtures;
import paperwork.render.RenderedDocument;
import paperwork.render.Scope;
import paperwork.render.TemplateEngine;

/**
 * A learning outcome whose criteria run onto the next page carries its code and title there,
 * followed by "(continued)", in every PDF that lists criteria by outcome: the tracking sheets, the
 * unit pack, the specification and the action plan. The unit has one outcome too long for a page,
 * then a short one.
 */
class ContinuedOutcomeHeadingTest {
    static final String UNIT = RenderFixtures.LONG_OUTCOME_UNIT;
    static final String LONG_TITLE = RenderFixtures.LONG_OUTCOME_TITLE;
    static final String SHORT_TITLE = RenderFixtures.SHORT_OUTCOME_TITLE;
    static final int LONG_CRITERIA = RenderFixtures.LONG_OUTCOME_CRITERIA;

    static Catalogue catalogue;
    static TemplateEngine engine;
    static PdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        catalogue = RenderFixtures.longOutcome();
        engine = new TemplateEngine();
        renderer = new PdfRenderer();
    }

    static List<DocumentDefinition> documentsListingCriteria() {
        return List.of(Documents.UNIT_TRACKING_SHEET, Documents.QUALIFICATION_TRACKING_SHEET, Documents.UNIT_PACK,
                Documents.SPECIFICATION, Documents.ACTION_PLAN);
    }

    static byte[] pdf(DocumentDefinition def) {
        String subject = def.scope() == Scope.QUALIFICATION ? RenderFixtures.LONG_OUTCOME_QUALIFICATION : UNIT;
        RenderedDocument doc = PdfTestSupport.layOut(engine, catalogue, def, subject);
        RenderedPdf r = renderer.render(doc);
        assertEquals(List.of(), r.diagnostics(), def.name() + ": the renderer reported problems");
        return r.bytes();
    }

    /** Each page's text, read in reading order (top to bottom, left to right), spaces normalised. */
    static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(PdfTestSupport.normalise(stripper.getText(doc)));
            }
        }
        return pages;
    }

    private static boolean hasCriterionOfOutcomeOne(String page) {
        return IntStream.rangeClosed(1, LONG_CRITERIA).anyMatch(i -> page.contains("explain delivery step " + i + " "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsListingCriteria")
    void aContinuedOutcomeRepeatsItsTitleOnTheNextPage(DocumentDefinition def) throws Exception {
        List<String> pages = pages(pdf(def));
        List<Integer> withOutcomeOne = IntStream.range(0, pages.size())
                .filter(p -> hasCriterionOfOutcomeOne(pages.get(p))).boxed().toList();
        assertTrue(withOutcomeOne.size() >= 2, def.name() + ": outcome 1 should run over at least two pages, found "
                + withOutcomeOne);
        String heading = "1 " + LONG_TITLE;
        String first = pages.get(withOutcomeOne.get(0));
        assertTrue(first.contains(heading), def.name() + ": outcome 1 starts with its title:\n" + first);
        assertFalse(first.contains("(continued)"), def.name() + ": the outcome is not continued on its first page:\n" + first);
        for (int p : withOutcomeOne.subList(1, withOutcomeOne.size())) {
            String page = pages.get(p);
            assertTrue(page.contains(heading + " (continued)"), def.name() + ": page " + (p + 1)
                    + " carries outcome 1's criteria, so its title and (continued):\n" + page);
            assertTrue(page.indexOf(heading) < firstCriterionOfOutcomeOne(page), def.name() + ": page " + (p + 1)
                    + " has the title above the criteria:\n" + page);
        }
        String last = pages.stream().filter(s -> s.contains("2 " + SHORT_TITLE)).findFirst().orElseThrow();
        assertFalse(last.contains("2 " + SHORT_TITLE + " (continued)"), def.name() + ": outcome 2 starts there");
    }

    private static int firstCriterionOfOutcomeOne(String page) {
        return IntStream.rangeClosed(1, LONG_CRITERIA).map(i -> page.indexOf("explain delivery step " + i + " "))
                .filter(i -> i >= 0).min().orElse(-1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsListingCriteria")
    void theContinuedPagesStayConformantAndReproducible(DocumentDefinition def) throws Exception {
        byte[] pdf = pdf(def);
        List<String> ua = PdfTestSupport.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(ua.isEmpty(), def.name() + " fails PDF/UA-1 rules:\n" + String.join("\n", ua));
        List<String> a = PdfTestSupport.failures(pdf, PDFAFlavour.PDFA_3_U);
        assertTrue(a.isEmpty(), def.name() + " fails PDF/A-3u rules:\n" + String.join("\n", a));
        assertArrayEquals(pdf, pdf(def), def.name() + ": the same inputs give the same bytes");
    }
}
