package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxWriterTest {
    final DocxWriter writer = new DocxWriter();

    XWPFDocument written(String fixture) {
        return DocxFixtures.open(writer.write(DocxFixtures.fixture(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unit-pack", "assessment-record"})
    void everyTextOfTheXhtmlIsInTheWordBodyAndPdfOnlyTextIsNot(String fixture) throws IOException {
        String xhtml = DocxFixtures.xhtml(fixture);
        try (XWPFDocument doc = written(fixture)) {
            String text = DocxFixtures.bodyText(doc);
            List<String> expected = DocxFixtures.expectedTexts(xhtml);
            assertTrue(expected.size() > 10, fixture);
            for (String s : expected) assertTrue(text.contains(s), "missing from the Word body: " + s + "\n" + text);
            for (String s : DocxFixtures.pdfOnlyTexts(xhtml)) assertFalse(text.contains(s), "pdf-only text written: " + s);
        }
    }

    @Test
    void headingsUseHeadingStylesThatCarryOutlineLevels() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : DocxFixtures.paragraphs(doc)) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) headings.add(p.getStyle() + ":" + p.getText());
            }
            List<String> expected = new ArrayList<>();
            Element body = Jsoup.parse(DocxFixtures.xhtml("unit-pack")).body();
            for (Element h : body.select("h1, h2, h3, h4")) {
                if (h.closest("nav.toc") != null) continue;
                expected.add("Heading" + h.normalName().charAt(1) + ":" + h.text());
            }
            assertEquals(expected, headings);
            for (int level = 1; level <= 4; level++) {
                XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
                assertNotNull(style, "Heading" + level);
                assertEquals("heading " + level, style.getName());
                assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal());
            }
            var fonts = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertEquals("Liberation Sans", fonts.getAscii());
            assertEquals("Liberation Sans", fonts.getHAnsi());
        }
    }

    @Test
    void listsAreRealNumberedAndBulletedParagraphs() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            XWPFParagraph recognise = find(doc, "recognise typical customers");
            XWPFParagraph discuss = find(doc, "discuss customer expectations");
            XWPFParagraph inPerson = find(doc, "in person");
            XWPFParagraph outline = find(doc, "outline your organisation");
            XWPFParagraph example = find(doc, "Include at least two examples.");
            assertNotNull(recognise.getNumID());
            assertEquals(recognise.getNumID(), discuss.getNumID(), "one list, one numbering");
            assertEquals(BigInteger.ZERO, recognise.getNumIlvl());
            assertEquals(BigInteger.ONE, inPerson.getNumIlvl(), "nested list one level down");
            assertEquals(STNumberFormat.DECIMAL, level(doc, recognise, 0).getNumFmt().getVal());
            assertEquals(STNumberFormat.BULLET, level(doc, inPerson, 1).getNumFmt().getVal());
            assertFalse(outline.getNumID().equals(recognise.getNumID()), "each ordered list restarts");
            assertEquals(BigInteger.valueOf(4), level(doc, outline, 0).getStart().getVal(), "ol start=4");
            assertEquals(null, example.getNumID(), "a second paragraph of an item is not numbered");
            assertTrue(example.getIndentationLeft() > 0, "but indented with its item");
            XWPFParagraph obs = find(doc, "Observation");
            assertTrue(obs.getIndentationLeft() > 0, "dd indented");
            assertTrue(find(doc, "Obs").getRuns().get(0).isBold(), "dt bold");
        }
        try (XWPFDocument doc = written("assessment-record")) {
            XWPFParagraph sim = find(doc, "Sim simulation");
            assertEquals(STNumberFormat.BULLET, level(doc, sim, 0).getNumFmt().getVal());
            assertTrue(sim.getRuns().get(0).isBold());
            assertEquals("Sim", sim.getRuns().get(0).text().strip());
            assertFalse(sim.getRuns().get(1).isBold());
        }
    }

    @Test
    void emphasisLineBreaksAndMarkupCharactersSurvive() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            XWPFParagraph aim = find(doc, "This unit is about");
            assertEquals("This unit is about communicating with customers using the language of customer service <and> its terms.",
                    aim.getText());
            assertTrue(aim.getRuns().stream().anyMatch(r -> r.isBold() && r.text().strip().equals("communicating")));
            assertTrue(aim.getRuns().stream().anyMatch(r -> r.isItalic() && r.text().strip().equals("language")));
            XWPFParagraph lines = find(doc, "Line one");
            assertEquals("Line one\nLine two with bold and italic text.", lines.getText());
            assertTrue(lines.getRuns().stream().anyMatch(r -> r.getCTR().sizeOfBrArray() == 1));
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowsKeepRowsWholeAndHaveBorders() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(2, tables.size());
            XWPFTable criteria = tables.get(1);
            assertEquals("Code", criteria.getRow(0).getCell(0).getText());
            assertTrue(criteria.getRow(0).isRepeatHeader(), "thead row repeats");
            for (int r = 1; r < criteria.getRows().size(); r++) assertFalse(criteria.getRow(r).isRepeatHeader());
            for (XWPFTable t : tables) {
                assertEquals(XWPFTable.XWPFBorderType.SINGLE, t.getInsideHBorderType());
                assertEquals(XWPFTable.XWPFBorderType.SINGLE, t.getTopBorderType());
                for (XWPFTableRow row : t.getRows()) assertTrue(row.isCantSplitRow(), "rows do not split");
            }
            // Widths: 15% for the code column as its style says, the rest by content, all within the page.
            var grid = criteria.getCTTbl().getTblGrid().getGridColList();
            int total = grid.stream().mapToInt(g -> ((BigInteger) g.getW()).intValue()).sum();
            assertEquals(DocxPage.textWidth(false), total);
            assertEquals(Math.round(total * 0.15), ((BigInteger) grid.get(0).getW()).intValue(), 2);
            // Fill cells: a row at least a centimetre high.
            XWPFTableRow f1a = criteria.getRow(1);
            assertEquals(DocxTables.FILL_HEIGHT, f1a.getHeight());
            assertEquals(TableRowHeightRule.AT_LEAST, f1a.getHeightRule());
            assertEquals("", f1a.getCell(2).getText());
            // rowspan and colspan
            CTTcPr f1c = criteria.getRow(3).getCell(0).getCTTc().getTcPr();
            assertEquals(STMerge.RESTART, f1c.getVMerge().getVal());
            CTTcPr below = criteria.getRow(4).getCell(0).getCTTc().getTcPr();
            assertEquals(STMerge.CONTINUE, below.getVMerge().getVal());
            XWPFTableCell continued = criteria.getRow(4).getCell(1);
            assertEquals("continued: in customer service", continued.getText());
            assertEquals(BigInteger.valueOf(2), continued.getCTTc().getTcPr().getGridSpan().getVal());
        }
    }

    @Test
    void runningHeaderAndFooterCarryPageFields() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertNotNull(header);
            assertNotNull(footer);
            assertTrue(header.getText().contains("Unit pack: F1 Communicate using customer service language\tF1"),
                    header.getText());
            List<String> fields = instructions(footer.getParagraphs());
            assertEquals(List.of("PAGE", "NUMPAGES"), fields);
            assertTrue(footer.getText().startsWith("Version 1 · Page 1 of 1"), footer.getText());
            assertFalse(DocxFixtures.bodyText(doc).contains("Version 1 ·"), "the footer is not repeated in the body");
        }
        try (XWPFDocument doc = written("assessment-record")) {
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertTrue(footer.getText().contains("Paperwork · version 1\tLearner reference: LRN-1001\tPage"), footer.getText());
            var tabs = footer.getParagraphs().get(0).getCTP().getPPr().getTabs().getTabList();
            assertEquals(2, tabs.size());
            assertEquals(BigInteger.valueOf(DocxPage.textWidth(true)), tabs.get(1).getPos());
        }
    }

    @Test
    void contentsBecomeATocFieldThatWordUpdatesOnOpening() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            List<String> fields = instructions(doc.getParagraphs());
            assertEquals(List.of(DocxBlocks.TOC_INSTRUCTION), fields);
            assertTrue(doc.getSettings().getCTSettings().isSetUpdateFields());
            assertEquals("TOCHeading", find(doc, "Contents").getStyle());
            assertEquals("TOC2", find(doc, "F1.1 Identify customers and their characteristics").getStyle().equals("TOC2")
                    ? "TOC2" : "a TOC entry style");
            assertTrue(doc.getStyles().styleExist("TOC1"));
        }
        try (XWPFDocument doc = written("assessment-record")) {
            assertTrue(instructions(doc.getParagraphs()).isEmpty());
            assertFalse(doc.getSettings().getCTSettings().isSetUpdateFields(), "no fields to update");
        }
    }

    @Test
    void pageBreaksA4AndLandscapeFollowTheXhtml() throws IOException {
        try (XWPFDocument doc = written("unit-pack")) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(DocxPage.A4_SHORT), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(DocxPage.A4_LONG), sect.getPgSz().getH());
            assertFalse(sect.getPgSz().isSetOrient());
            XWPFParagraph facts = DocxFixtures.paragraphs(doc).stream()
                    .filter(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("Unit facts")).findFirst().orElseThrow();
            assertTrue(facts.isPageBreak(), "page-break-before: always");
        }
        try (XWPFDocument doc = written("assessment-record")) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(DocxPage.A4_LONG), sect.getPgSz().getW());
            assertEquals(STPageOrientation.LANDSCAPE, sect.getPgSz().getOrient());
            XWPFTable record = doc.getTables().get(1);
            int total = record.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(g -> ((BigInteger) g.getW()).intValue()).sum();
            assertEquals(DocxPage.textWidth(true), total);
        }
    }

    @Test
    void propertiesComeFromTheMetadataAndTheBytesAreReproducible() throws IOException {
        byte[] once = writer.write(DocxFixtures.fixture("unit-pack"));
        byte[] twice = writer.write(DocxFixtures.fixture("unit-pack"));
        assertArrayEquals(once, twice);
        try (XWPFDocument doc = DocxFixtures.open(once)) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals("Fixture unit-pack", core.getTitle());
            assertEquals("Evidence tracking", core.getSubject());
            assertEquals("tracking, NVQ", core.getKeywords());
            assertEquals(Instant.parse("2026-03-14T09:30:00Z"), core.getCreated().toInstant());
            assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElse(""));
        }
    }

    @Test
    void controlCharactersFromASourceDoNotBreakTheFile() throws IOException {
        String xhtml = "<html><body><h1>Title\u0001 with a bell\u0007</h1><p>Tab\there &amp; <b>bold</b>\u000b</p></body></html>";
        byte[] bytes = writer.write(DocxFixtures.document("odd", xhtml));
        try (XWPFDocument doc = DocxFixtures.open(bytes)) {
            assertEquals("Title with a bell", find(doc, "Title").getText());
            assertEquals("Tab here & bold", find(doc, "Tab").getText());
            assertTrue(doc.getHeaderFooterPolicy() == null || doc.getHeaderFooterPolicy().getDefaultHeader() == null,
                    "no running header in the XHTML, none in Word");
        }
    }

    private static XWPFParagraph find(XWPFDocument doc, String start) {
        return DocxFixtures.paragraphs(doc).stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    private static CTLvlView level(XWPFDocument doc, XWPFParagraph p, int ilvl) {
        BigInteger abstractId = doc.getNumbering().getAbstractNumID(p.getNumID());
        CTAbstractNum abs = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum();
        return new CTLvlView(abs.getLvlArray(ilvl));
    }

    /** Keeps the assertions above short. */
    private record CTLvlView(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl lvl) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumFmt getNumFmt() {
            return lvl.getNumFmt();
        }

        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber getStart() {
            return lvl.getStart();
        }
    }

    static List<String> instructions(List<XWPFParagraph> paragraphs) {
        List<String> found = new ArrayList<>();
        for (XWPFParagraph p : paragraphs) {
            for (var run : p.getRuns()) {
                for (CTText t : run.getCTR().getInstrTextList()) found.add(t.getStringValue().strip());
            }
        }
        return found;
    }
}
