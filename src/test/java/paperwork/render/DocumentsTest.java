package paperwork.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Unit;

class DocumentsTest {

    @Test
    void theListHasEveryDocumentOnceWithItsScopeAndFormats() {
        assertEquals(List.of("specification", "unit-pack", "qualification-tracking-sheet", "unit-tracking-sheet",
                "assessment-record", "action-plan"), Documents.all().stream().map(DocumentDefinition::name).toList());
        assertEquals(Set.of(OutputFormat.PDF, OutputFormat.XLSX), Documents.UNIT_TRACKING_SHEET.formats());
        assertEquals(Set.of(OutputFormat.PDF, OutputFormat.DOCX), Documents.SPECIFICATION.formats());
        assertEquals(Scope.QUALIFICATION, Documents.QUALIFICATION_TRACKING_SHEET.scope());
        for (DocumentDefinition d : Documents.all()) {
            assertTrue(TemplateEngine.class.getResource("/templates/" + d.template()) != null, d.template());
        }
    }

    @Test
    void pathsAreTidyAndDistinct() {
        assertEquals("units/l-601-1225/unit-pack.pdf", Documents.path(Documents.UNIT_PACK, "L/601/1225", OutputFormat.PDF));
        assertEquals("qualifications/601-4027-6/specification.docx",
                Documents.path(Documents.SPECIFICATION, "601/4027/6", OutputFormat.DOCX));
        assertEquals("units/cfacsd4/tracking-sheet.xlsx",
                Documents.path(Documents.UNIT_TRACKING_SHEET, "CFACSD4", OutputFormat.XLSX));
        Set<String> paths = new HashSet<>();
        Catalogue c = RenderFixtures.synthetic();
        Documents.DocumentPaths scheme = Documents.paths(c);
        for (DocumentDefinition d : Documents.all()) {
            for (OutputFormat f : d.formats()) {
                List<String> ids = d.scope() == Scope.QUALIFICATION ? List.of(RenderFixtures.QUALIFICATION)
                        : List.of(RenderFixtures.UNIT_A, RenderFixtures.UNIT_B);
                for (String id : ids) assertTrue(paths.add(scheme.path(d, id, f)), "two documents share " + scheme.path(d, id, f));
            }
        }
    }

    @Test
    void slugCollisionsAreWarnedAndResolved() {
        Catalogue c = RenderFixtures.synthetic();
        Unit a = c.units().get(0);
        Unit clash = a.withId("l-601-1225", List.of());
        Catalogue both = new Catalogue(c.schemaVersion(), c.sources(), c.qualifications(), List.of(a, clash), List.of());
        assertEquals(1, Documents.slugCollisions(both).size());
        assertEquals("slug-collision", Documents.slugCollisions(both).get(0).code());
        assertEquals(List.of(), Documents.slugCollisions(c));
        Documents.DocumentPaths scheme = Documents.paths(both);
        assertNotEquals(scheme.path(Documents.UNIT_PACK, a.id(), OutputFormat.PDF),
                scheme.path(Documents.UNIT_PACK, clash.id(), OutputFormat.PDF));
        assertEquals("units/l-601-1225/unit-pack.pdf", scheme.path(Documents.UNIT_PACK, a.id(), OutputFormat.PDF));
    }

    @Test
    void theModelCarriesGroupsWithUnitTitlesAndLinkedTitles() {
        Catalogue c = RenderFixtures.synthetic();
        DocumentModel spec = DocumentModel.of(c, Documents.SPECIFICATION, RenderFixtures.QUALIFICATION, null, null);
        assertEquals("Resolve customer service problems", spec.qualification().groups().get(1).units().get(0).title());
        assertEquals(4, spec.qualification().groups().get(1).units().get(0).credits());
        assertEquals(2, spec.units().size());
        assertEquals(DocumentMetadata.DEFAULT_CREATED, spec.metadata().created());
        assertEquals("1 January 2026", spec.createdDate());
        DocumentModel pack = DocumentModel.of(c, Documents.UNIT_PACK, RenderFixtures.UNIT_A, LearnerDetails.BLANK, null);
        assertEquals("Resolve customer service problems", pack.unit().links().get(1).title());
        assertEquals("", pack.unit().links().get(0).title());
        assertEquals("2", pack.version());
        assertEquals(List.of(RenderFixtures.QUALIFICATION), pack.unit().qualifications().stream().map(DocumentModel.QualificationRef::id).toList());
        DocumentModel nvq = DocumentModel.of(c, Documents.UNIT_TRACKING_SHEET, RenderFixtures.UNIT_B, null, null);
        assertTrue(nvq.unit().nationalStandard());
        assertEquals(List.of("B1.1", "K"), nvq.unit().trackingGroups().stream().map(DocumentModel.TrackingGroup::code).toList());
        assertEquals(Map.of(), nvq.unit().metadata());
    }
}
