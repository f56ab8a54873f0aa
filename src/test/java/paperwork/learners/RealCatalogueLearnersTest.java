package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.sources.CatalogueReader;

/** The HABC diploma as the parser reads it from the real spec: the same rules and verdicts as the hand-built copy. */
class RealCatalogueLearnersTest {
    static Catalogue catalogue;

    @BeforeAll
    static void read() {
        catalogue = new CatalogueReader().read(Path.of("sources"), Path.of(""));
    }

    static Unit printedInSpec(String id) {
        return catalogue.units().stream()
                .filter(u -> u.id().equals(id) && u.source().file().equals(HabcDiplomaFixture.FILE))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + id + " in " + HabcDiplomaFixture.FILE));
    }

    @Test
    void theParsedDiplomaHasTheRulesTheFixtureCopies() {
        Qualification real = catalogue.qualification(HabcDiplomaFixture.QAN).orElseThrow();
        Qualification fixture = HabcDiplomaFixture.qualification();
        assertEquals(fixture.credits(), real.credits());
        assertEquals(fixture.units(), real.units());
        assertEquals(fixture.groups().size(), real.groups().size());
        for (int i = 0; i < fixture.groups().size(); i++) {
            var f = fixture.groups().get(i);
            var r = real.groups().get(i);
            assertEquals(List.of(f.name(), f.mandatory(), String.valueOf(f.minCredits()), String.valueOf(f.maxCredits()),
                    String.valueOf(f.minUnits()), String.valueOf(f.maxUnits()), f.units()),
                    List.of(r.name(), r.mandatory(), String.valueOf(r.minCredits()), String.valueOf(r.maxCredits()),
                            String.valueOf(r.minUnits()), String.valueOf(r.maxUnits()), r.units()), r.name());
        }
        var level = real.constraints().stream().filter(c -> c.kind().equals("min-credits-at-level")).findFirst().orElseThrow();
        assertEquals(List.of(40, 3), List.of(level.credits(), level.level()));
        for (HabcDiplomaFixture.Row row : HabcDiplomaFixture.ROWS) {
            Unit u = printedInSpec(row.uan());
            assertEquals(List.of(row.level(), row.credits(), row.glh()), List.of(u.level(), u.credits(), u.glh()), row.uan());
            assertTrue(u.aliases().contains(row.number()), row.uan() + " " + u.aliases());
        }
    }

    @Test
    void theExampleListGetsTheSameVerdictsFromTheRealCatalogue() {
        LearnerList list = new LearnerListReader().read(Path.of("examples/learners-with-mistakes.csv"),
                "examples/learners-with-mistakes.csv");
        LearnerListReport real = new LearnerListCheck(catalogue).check(list);
        LearnerListReport fixture = new LearnerListCheck(HabcDiplomaFixture.catalogue()).check(list);
        assertEquals(fixture.checks(), real.checks());
        assertEquals(List.of("LRN-1001", "LRN-1002", "LRN-1003", "LRN-1004"),
                real.valid().stream().map(c -> c.learner().reference()).toList());
    }

    @Test
    void limitsExactlyAtEachBoundOnTheRealCatalogue() {
        RulesOfCombinationCheck rules = new RulesOfCombinationCheck(
                catalogue.qualification(HabcDiplomaFixture.QAN).orElseThrow(), catalogue.units());
        // A = 15 and B = 9 exactly; level 3+ = 40 exactly; then one credit past each bound.
        assertTrue(rules.check(RulesOfCombinationCheckTest.learner("Y/506/2166", "D/506/2170", "K/506/2172",
                "H/506/1912", "T/506/1820", "L/506/1807")).valid());
        assertTrue(rules.check(RulesOfCombinationCheckTest.learner("R/506/2151", "Y/506/2166", "D/506/2119",
                "T/506/2126", "L/506/1869", "H/506/1814", "M/506/1895")).valid());
        assertEquals(List.of("group-max-credits"), RulesOfCombinationCheckTest.codes(rules.check(
                RulesOfCombinationCheckTest.learner("Y/506/2166", "D/506/2170", "K/506/2172", "H/506/1912",
                        "T/506/1820", "M/506/1931"))));
        assertEquals(List.of("min-credits-at-level"), RulesOfCombinationCheckTest.codes(rules.check(
                RulesOfCombinationCheckTest.learner("Y/506/2166", "D/506/2167", "T/506/2143", "D/506/2119",
                        "L/506/1869", "H/506/1814", "M/506/1895"))));
        assertEquals(List.of("group-min-credits", "total-credits"), RulesOfCombinationCheckTest.codes(rules.check(
                RulesOfCombinationCheckTest.learner("Y/506/2166", "D/506/2170", "R/506/2151", "H/506/1912",
                        "T/506/1820", "L/506/1807"))));
    }
}
