package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.OutputFormat;
import paperwork.render.RenderedDocument;
import paperwork.render.Scope;
import paperwork.render.TemplateEngine;

/** Word documents over the real templates' XHTML, for units and qualifications of every source. */
class DocxTemplatesTest {
    static final TemplateEngine ENGINE = new TemplateEngine();
    static final LearnerDetails LEARNER = new LearnerDetails("Zoë O'Brien", "LRN-1001", "Northgate & Co", "A. Assessor");

    /** One unit of each kind the catalogue holds (a QCF unit, an NVQ unit, a NOS, a fragment). */
    static List<Unit> sampleUnits() {
        List<Unit> picked = new ArrayList<>();
        for (Unit u : OfficeFixtures.catalogue().units()) {
            if (picked.stream().noneMatch(p -> p.kind().equals(u.kind()) && p.source().file().equals(u.source().file()))
                    && (!u.outcomes().isEmpty() || !u.knowledge().isEmpty())
                    // The layout cannot yet print a unit without a title (its running header fails).
                    && u.title() != null) {
                picked.add(u);
            }
        }
        return picked;
    }

    static Stream<Arguments> documents() {
        Catalogue c = OfficeFixtures.catalogue();
        List<Arguments> cases = new ArrayList<>();
        for (DocumentDefinition def : Documents.all()) {
            if (!def.formats().contains(OutputFormat.DOCX)) continue;
            if (def.scope() == Scope.QUALIFICATION) {
                c.qualifications().stream().filter(q -> !q.units().isEmpty())
                        .max((a, b) -> Integer.compare(a.units().size(), b.units().size()))
                        .ifPresent(q -> cases.add(Arguments.of(def.name(), q.id())));
            } else {
                for (Unit u : sampleUnits()) cases.add(Arguments.of(def.name(), u.id()));
            }
        }
        return cases.stream();
    }

    static RenderedDocument render(String definition, String subject) {
        DocumentDefinition def = Documents.named(definition).orElseThrow();
        return ENGINE.render(def, DocumentModel.of(OfficeFixtures.catalogue(), def, subject, LEARNER, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void theWordDocumentCarriesTheTemplatesTextAndStructure(String definition, String subject) throws IOException {
        RenderedDocument rendered = render(definition, subject);
        try (XWPFDocument doc = DocxFixtures.open(new DocxWriter().write(rendered))) {
            String text = DocxFixtures.bodyText(doc);
            for (String s : DocxFixtures.expectedTexts(rendered.xhtml())) {
                assertTrue(text.contains(s), definition + " " + subject + ": missing from the Word body: " + s);
            }
            Element body = Jsoup.parse(rendered.xhtml()).body();
            long headings = body.select("h1, h2, h3, h4").stream().filter(h -> h.closest("nav.toc") == null).count();
            long styled = DocxFixtures.paragraphs(doc).stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().matches("Heading[1-4]")).count();
            assertEquals(headings, styled, "every heading has a heading style");
            int theadRows = body.select("thead > tr").size();
            int repeated = 0;
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    assertTrue(row.isCantSplitRow());
                    if (row.isRepeatHeader()) repeated++;
                }
            }
            assertEquals(theadRows, repeated, "every thead row repeats");
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertEquals(List.of("PAGE", "NUMPAGES"), DocxWriterTest.instructions(footer.getParagraphs()));
            assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains(rendered.definition().title()));
            assertEquals(!body.select("nav.toc").isEmpty(),
                    DocxWriterTest.instructions(doc.getParagraphs()).contains(DocxBlocks.TOC_INSTRUCTION));
            int fills = body.select("td.fill, td.fill-tall, td.fill-mid").size();
            if (fills > 0) {
                assertTrue(doc.getTables().stream().flatMap(t -> t.getRows().stream())
                        .anyMatch(r -> r.getHeight() >= DocxTables.FILL_HEIGHT), "fill rows are tall enough");
            }
            assertFalse(text.contains("{"), "no CSS leaked into the text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitIds")
    void unitPackInWordHoldsEveryCriterionAndKnowledgeItem(String unitId) throws IOException {
        Unit unit = OfficeFixtures.catalogue().unit(unitId).orElseThrow();
        try (XWPFDocument doc = DocxFixtures.open(new DocxWriter().write(render("unit-pack", unitId)))) {
            String text = DocxFixtures.bodyText(doc);
            for (AssessmentCriterion c : unit.allCriteria()) {
                assertTrue(text.contains(LibreOfficeConversion.normalised(c.text())), unitId + " " + c.code());
            }
            for (KnowledgeItem k : unit.knowledge()) {
                assertTrue(text.contains(LibreOfficeConversion.normalised(k.text())), unitId + " " + k.code());
            }
            List<XWPFParagraph> h1 = DocxFixtures.paragraphs(doc).stream().filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertEquals(1, h1.size());
            assertEquals(LibreOfficeConversion.normalised(unit.title()), h1.get(0).getText());
        }
    }

    static Stream<String> unitIds() {
        return sampleUnits().stream().map(Unit::id);
    }
}
