package paperwork.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;
import paperwork.learners.HabcDiplomaFixture;

/** How the index page words a unit's links. */
class PipelineLinksTest {
    @Test
    void aPrintingMergedIntoTheUnitIsNamedByWhereItIsPrintedNotAsALinkToItself() {
        Unit u = HabcDiplomaFixture.units().get(0);
        Unit linked = u.withLinks(List.of(
                new UnitLink(UnitLink.SAME_UNIT, u.id(), true, null, new SourceRef("sources/cg-pack.txt", 26)),
                new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", false, null),
                new UnitLink(UnitLink.SAME_UNIT, "D4", true, null)));
        assertEquals("also printed in sources/cg-pack.txt:26, relates to B7 (not in the sources), same unit as D4",
                Pipeline.links(linked));
    }
}
