package paperwork.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Severity;

class TemplateEngineTest {
    static final Catalogue CATALOGUE = RenderFixtures.synthetic();

    static java.util.List<DocumentDefinition> templated() {
        return Documents.all().stream().filter(d -> d.template() != null).toList();
    }

    private static RenderedDocument render(TemplateEngine engine, DocumentDefinition def) {
        String id = def.scope() == Scope.QUALIFICATION ? RenderFixtures.QUALIFICATION : RenderFixtures.UNIT_A;
        return engine.render(def, DocumentModel.of(CATALOGUE, def, id, LearnerDetails.BLANK, DocumentMetadata.DEFAULT_CREATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templated")
    void everyTemplateGivesWellFormedXhtmlWithTheSharedConventions(DocumentDefinition def) throws Exception {
        String xhtml = render(new TemplateEngine(), def).xhtml();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        assertEquals("html", dom.getDocumentElement().getLocalName());
        assertTrue(xhtml.contains("<div id=\"page-header\""), def.name());
        assertTrue(xhtml.contains("<div id=\"page-footer\""), def.name());
        assertTrue(xhtml.contains("<span class=\"page-number\"></span>"), def.name());
        assertTrue(xhtml.contains("<span class=\"page-count\"></span>"), def.name());
        assertEquals(def == Documents.UNIT_TRACKING_SHEET || def == Documents.QUALIFICATION_TRACKING_SHEET
                || def == Documents.ACTION_PLAN, xhtml.contains("<body class=\"landscape\">"), def.name());
        assertTrue(dom.getElementsByTagName("h1").getLength() >= 1, def.name() + " has no h1");
        assertEquals(def == Documents.SPECIFICATION, xhtml.contains("<nav class=\"toc\">"), def.name());
    }

    @Test
    void headingsNeverSkipALevel() {
        for (DocumentDefinition def : templated()) {
            String xhtml = render(new TemplateEngine(), def).xhtml();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h([1-6])[ >]").matcher(xhtml);
            int previous = 0;
            while (m.find()) {
                int level = Integer.parseInt(m.group(1));
                assertTrue(level <= previous + 1 && level <= 4, def.name() + ": h" + level + " after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void aUserFolderOverridesOneFileAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("_style.ftlh"), "<style type=\"text/css\">body { font-size: 14pt; }</style>\n");
        TemplateEngine engine = new TemplateEngine(dir);
        String xhtml = render(engine, Documents.UNIT_PACK).xhtml();
        assertTrue(xhtml.contains("font-size: 14pt"), xhtml);
        assertFalse(xhtml.contains("running(header)"), "the shipped style was used as well");
        // The unit pack itself and the other partials still come from the shipped templates.
        assertTrue(xhtml.contains(RenderFixtures.UNIT_A), xhtml);
        assertTrue(xhtml.contains("Learning outcomes and assessment criteria"), xhtml);
        assertNotEquals(new TemplateEngine().templateHash(Documents.UNIT_PACK), engine.templateHash(Documents.UNIT_PACK),
                "a changed partial must change the hash of every template that includes it");
        assertEquals(new TemplateEngine().templateHash(Documents.UNIT_PACK), new TemplateEngine().templateHash(Documents.UNIT_PACK));
    }

    @Test
    void theHashCoversPartialsOfPartials(@TempDir Path dir) throws Exception {
        // _unit.ftlh is included by the unit pack; _tables.ftlh by _layout users; change a table macro only.
        String tables = new String(TemplateEngine.class.getResourceAsStream("/templates/_tables.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("_tables.ftlh"), tables.replace("Unit reference", "Unit ref."));
        TemplateEngine engine = new TemplateEngine(dir);
        for (DocumentDefinition def : templated()) {
            assertNotEquals(new TemplateEngine().templateHash(def), engine.templateHash(def), def.name());
        }
        assertTrue(render(engine, Documents.UNIT_PACK).xhtml().contains("Unit ref."));
    }

    @Test
    void aBrokenTemplateNamesTheTemplateLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unit-pack.ftlh"), "<#include \"_layout.ftlh\">\n<@page>\n<p>${unit.nosuchfield}</p>\n</@page>\n");
        RenderException e = assertThrows(RenderException.class, () -> render(new TemplateEngine(dir), Documents.UNIT_PACK));
        assertEquals(Severity.ERROR, e.diagnostic().severity());
        assertEquals(dir.resolve("unit-pack.ftlh").toString(), e.diagnostic().file());
        assertEquals(3, e.diagnostic().line());
        assertTrue(e.diagnostic().message().startsWith("column 6:"), e.diagnostic().message());
        assertTrue(e.diagnostic().message().contains("unit.nosuchfield"), e.diagnostic().message());
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedTheSameWayEveryTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("action-plan.ftlh"), "<html><body>${unit.title</body></html>\n");
        TemplateEngine engine = new TemplateEngine(dir);
        for (int attempt = 0; attempt < 3; attempt++) {
            RenderException e = assertThrows(RenderException.class, () -> render(engine, Documents.ACTION_PLAN));
            assertEquals("template-error", e.diagnostic().code(), "attempt " + attempt + ": " + e.diagnostic().format());
            assertEquals(1, e.diagnostic().line(), e.diagnostic().format());
        }
    }

    @Test
    void aSyntaxErrorInAPartialNamesThePartial(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("_tables.ftlh"), "<#macro unitFacts unit>\n  <#if>\n</#macro>\n");
        RenderException e = assertThrows(RenderException.class, () -> render(new TemplateEngine(dir), Documents.UNIT_PACK));
        assertEquals(dir.resolve("_tables.ftlh").toString(), e.diagnostic().file());
        assertEquals(2, e.diagnostic().line());
        assertTrue(e.diagnostic().message().startsWith("column "), e.diagnostic().message());
    }

    @Test
    void templatesCannotReachJavaClasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unit-pack.ftlh"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        RenderException e = assertThrows(RenderException.class, () -> render(new TemplateEngine(dir), Documents.UNIT_PACK));
        assertEquals(1, e.diagnostic().line());
        Files.writeString(dir.resolve("unit-pack.ftlh"), "${unit?api.getClass()}\n");
        assertThrows(RenderException.class, () -> render(new TemplateEngine(dir), Documents.UNIT_PACK));
    }

    @Test
    void aMissingTemplateIsADiagnosticToo(@TempDir Path dir) {
        DocumentDefinition missing = new DocumentDefinition("x", "X", "no-such.ftlh", Scope.UNIT, "x",
                java.util.Set.of(OutputFormat.PDF));
        RenderException e = assertThrows(RenderException.class, () -> render(new TemplateEngine(dir), missing));
        assertEquals("template-missing", e.diagnostic().code());
        assertEquals("no-such.ftlh", e.diagnostic().file());
    }
}
