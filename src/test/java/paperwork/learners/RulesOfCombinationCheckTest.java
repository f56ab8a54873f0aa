package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.Constraint;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

class RulesOfCombinationCheckTest {
    private final RulesOfCombinationCheck rules =
            new RulesOfCombinationCheck(HabcDiplomaFixture.qualification(), HabcDiplomaFixture.units());

    static Learner learner(String... units) {
        return new Learner(2, "Ana Pérez", "LRN-1001", "Leeds", "J. Smith", HabcDiplomaFixture.QAN, List.of(units));
    }

    static List<String> codes(LearnerCheck c) {
        return c.problems().stream().map(CombinationProblem::code).toList();
    }

    static String messages(LearnerCheck c) {
        return String.join("\n", c.problems().stream().map(CombinationProblem::message).toList());
    }

    @Test
    void groupAAndGroupBExactlyAtTheirBoundsIsValid() {
        // A: 5 + 5 + 5 = 15 (minimum); B: 4 + 3 + 2 = 9 (maximum); total 31 + 24 = 55.
        LearnerCheck c = rules.check(learner("Y/506/2166", "D/506/2170", "K/506/2172",
                "H/506/1912", "T/506/1820", "L/506/1807"));
        assertTrue(c.valid(), messages(c));
        assertEquals(55, c.totalCredits());
        assertEquals(List.of(31, 15, 9), c.groups().stream().map(GroupTally::credits).toList());
        assertEquals(HabcDiplomaFixture.group("M"), c.impliedUnits());
        assertEquals(12, c.units().size());
        int glh = c.units().stream().mapToInt(u -> HabcDiplomaFixture.row(u).glh()).sum();
        assertEquals(glh, c.glh());
        assertEquals(207 + 21 + 24 + 27 + 18 + 15 + 12, c.glh());
    }

    @Test
    void exactlyFortyCreditsAtLevelThreeIsValid() {
        // Level 3+: 31 mandatory + R/506/2151 (4) + Y/506/2166 (5) = 40; the rest are level 2.
        LearnerCheck c = rules.check(learner("R/506/2151", "Y/506/2166", "D/506/2119", "T/506/2126",
                "L/506/1869", "H/506/1814", "M/506/1895"));
        assertTrue(c.valid(), messages(c));
        assertEquals(55, c.totalCredits());
    }

    @Test
    void oneCreditUnderTheLevelRuleIsReportedWithFigures() {
        // As above with a level-3 unit of 4 credits swapped for a level-2 unit of 4 credits: 36 at level 3+.
        LearnerCheck c = rules.check(learner("T/506/2143", "Y/506/2166", "D/506/2119", "T/506/2126",
                "L/506/1869", "H/506/1814", "M/506/1895"));
        assertEquals(List.of("min-credits-at-level"), codes(c));
        assertEquals("Level 3 or above: 36 credits chosen, at least 40 needed (4 more)",
                c.problems().get(0).message());
    }

    @Test
    void groupBOverItsMaximumNamesTheFigures() {
        // B: 4 + 4 + 2 = 10 credits.
        LearnerCheck c = rules.check(learner("Y/506/2166", "D/506/2170", "K/506/2172",
                "H/506/1912", "A/506/1821", "L/506/1807"));
        assertEquals(List.of("group-max-credits"), codes(c));
        assertEquals("Optional Group B: 10 credits chosen, at most 9 allowed", c.problems().get(0).message());
        assertTrue(c.problems().get(0).suggestions().isEmpty());
    }

    @Test
    void groupAOneCreditShortSuggestsUnitsThatCompleteIt() {
        // A: 5 + 5 + 4 = 14; B: 9; total 54.
        LearnerCheck c = rules.check(learner("Y/506/2166", "D/506/2170", "R/506/2151",
                "H/506/1912", "T/506/1820", "L/506/1807"));
        assertEquals(List.of("group-min-credits", "total-credits"), codes(c));
        CombinationProblem a = c.problems().get(0);
        assertEquals("Optional Group A: 14 credits chosen, at least 15 needed (1 more)", a.message());
        assertEquals("Total: 54 credits chosen, at least 55 needed (1 more)", c.problems().get(1).message());
        // The smallest completion is one unit; the least overshoot is a 2-credit unit (L/506/2133).
        assertTrue(a.suggestions().get(0).startsWith("add L/506/2133 Promote additional products"), a.suggestions().toString());
        assertFalse(a.suggestions().get(0).contains(" and "), a.suggestions().toString());
    }

    @Test
    void nothingChosenIsShortEverywhereAndEverySuggestionCompletesItsGroup() {
        LearnerCheck c = rules.check(learner());
        assertEquals(List.of("group-min-credits", "min-credits-at-level", "total-credits"), codes(c));
        assertEquals(31, c.totalCredits());
        CombinationProblem a = c.problems().get(0);
        assertEquals(3, a.suggestions().size(), a.suggestions().toString());
        for (String s : a.suggestions()) {
            List<String> added = HabcDiplomaFixture.group("A").stream().filter(s::contains).toList();
            int credits = added.stream().mapToInt(u -> HabcDiplomaFixture.row(u).credits()).sum();
            assertTrue(credits >= 15, s);
            assertEquals(3, added.size(), "fewest units: 6 + 5 + 4 or similar: " + s);
        }
    }

    @Test
    void unitsMayBeNamedByTheirHabcNumberAndMandatoryOnesMayBeListed() {
        LearnerCheck byNumber = rules.check(learner("1", "Unit 7", "d/506/2170", "K/506/2172 ",
                "29", "30", "39"));
        assertTrue(byNumber.valid(), messages(byNumber));
        assertEquals(List.of("Y/506/2152", "J/506/2910", "K/506/2169", "D/506/1942", "T/506/2952"),
                byNumber.impliedUnits());
    }

    @Test
    void unknownAndDuplicateUnitsAreReported() {
        LearnerCheck c = rules.check(learner("Y/506/2166", "Y/506/2166", "7", "X/999/0000",
                "D/506/2170", "K/506/2172", "H/506/1912", "T/506/1820", "L/506/1807"));
        assertEquals(List.of("duplicate-unit", "duplicate-unit", "unknown-unit"), codes(c));
        assertEquals("unit Y/506/2166 is chosen twice (as Y/506/2166 and as 7)", c.problems().get(1).message());
        assertEquals("unit X/999/0000 is not in the catalogue", c.problems().get(2).message());
    }

    @Test
    void aUnitOfAnotherQualificationIsNamedAsSuch() {
        List<Unit> units = new ArrayList<>(HabcDiplomaFixture.units());
        units.add(new Unit("A/100/0001", Unit.QCF_UNIT, List.of("212"), "Contact centre operations", 2, 3, 20,
                "", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), new SourceRef("cg.txt", 5)));
        RulesOfCombinationCheck withOther = new RulesOfCombinationCheck(HabcDiplomaFixture.qualification(), units);
        LearnerCheck c = withOther.check(learner("A/100/0001"));
        assertEquals("unit A/100/0001 (Contact centre operations) is not part of 601/4027/6",
                c.problems().get(0).message());
        assertEquals("unit-not-in-qualification", c.problems().get(0).code());
    }

    @Test
    void aBarredCombinationIsReportedAndNeverSuggested() {
        Constraint barred = new Constraint(RulesOfCombinationCheck.BARRED_COMBINATION, null, null,
                "Learners may not take both Unit 29 and H/506/1814.", new SourceRef(HabcDiplomaFixture.FILE, 270));
        RulesOfCombinationCheck withBar = new RulesOfCombinationCheck(
                HabcDiplomaFixture.qualification(List.of(barred)), HabcDiplomaFixture.units());
        LearnerCheck c = withBar.check(learner("Y/506/2166", "D/506/2170", "K/506/2172",
                "H/506/1912", "H/506/1814", "L/506/1807"));
        assertEquals(List.of("barred-combination"), codes(c));
        assertEquals("units H/506/1912 and H/506/1814 cannot be taken together", c.problems().get(0).message());

        // Short of total credits with H/506/1912 chosen: no suggestion may add H/506/1814.
        LearnerCheck shortOne = withBar.check(learner("Y/506/2166", "D/506/2170", "K/506/2172",
                "H/506/1912", "L/506/1807"));
        assertEquals(List.of("total-credits"), codes(shortOne));
        assertFalse(shortOne.problems().get(0).suggestions().isEmpty());
        shortOne.problems().get(0).suggestions().forEach(s -> assertFalse(s.contains("H/506/1814"), s));
    }

    @Test
    void totalSuggestionsRespectGroupBMaximum() {
        // A: 15, B: 8 (4 + 4): 1 credit short; B has 1 credit of room, so the suggestion comes from A.
        LearnerCheck c = rules.check(learner("Y/506/2166", "D/506/2170", "K/506/2172", "H/506/1912", "A/506/1821"));
        assertEquals(List.of("total-credits"), codes(c));
        for (String s : c.problems().get(0).suggestions()) {
            HabcDiplomaFixture.group("B").forEach(b -> assertFalse(s.contains(b), s));
        }
    }
}
