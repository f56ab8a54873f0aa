package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check agrees with the diploma's rules computed directly from the spec's table rows, for any
 * choice of optional units; and following a suggestion fixes the shortfall it was made for.
 */
class RulesOfCombinationProperties {
    private final RulesOfCombinationCheck rules =
            new RulesOfCombinationCheck(HabcDiplomaFixture.qualification(), HabcDiplomaFixture.units());

    @Provide
    Arbitrary<Set<String>> groupA() {
        return Arbitraries.of(HabcDiplomaFixture.group("A")).set().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Set<String>> groupB() {
        return Arbitraries.of(HabcDiplomaFixture.group("B")).set().ofMaxSize(4);
    }

    static int credits(Set<String> units) {
        return units.stream().mapToInt(u -> HabcDiplomaFixture.row(u).credits()).sum();
    }

    static int creditsAtLevel3(Set<String> units) {
        return units.stream().map(HabcDiplomaFixture::row).filter(r -> r.level() >= 3)
                .mapToInt(HabcDiplomaFixture.Row::credits).sum();
    }

    static Learner learner(Set<String> a, Set<String> b) {
        List<String> units = new ArrayList<>(a);
        units.addAll(b);
        return new Learner(2, "Sam", "LRN-9", "", "", HabcDiplomaFixture.QAN, units);
    }

    @Property(tries = 400)
    void validExactlyWhenTheSpecsFiguresAreMet(@ForAll("groupA") Set<String> a, @ForAll("groupB") Set<String> b) {
        int mandatory = 31;
        int total = mandatory + credits(a) + credits(b);
        int level3 = mandatory + creditsAtLevel3(a) + creditsAtLevel3(b);
        boolean expected = credits(a) >= 15 && credits(b) <= 9 && total >= 55 && level3 >= 40;
        LearnerCheck c = rules.check(learner(a, b));
        assertEquals(expected, c.valid(), "A=" + a + " B=" + b + ": " + c.problems());
        assertEquals(total, c.totalCredits());
        assertEquals(List.of(mandatory, credits(a), credits(b)), c.groups().stream().map(GroupTally::credits).toList());
        assertEquals(credits(a) < 15, c.problems().stream().anyMatch(p -> p.code().equals("group-min-credits")));
        assertEquals(credits(b) > 9, c.problems().stream().anyMatch(p -> p.code().equals("group-max-credits")));
        assertEquals(level3 < 40, c.problems().stream().anyMatch(p -> p.code().equals("min-credits-at-level")));
        assertEquals(total < 55, c.problems().stream().anyMatch(p -> p.code().equals("total-credits")));
    }

    @Property(tries = 200)
    void followingTheFirstSuggestionFixesItsShortfall(@ForAll("groupA") Set<String> a, @ForAll("groupB") Set<String> b) {
        LearnerCheck c = rules.check(learner(a, b));
        for (CombinationProblem p : c.problems()) {
            if (p.suggestions().isEmpty()) continue;
            List<String> units = new ArrayList<>(c.learner().units());
            for (String id : HabcDiplomaFixture.ROWS.stream().map(HabcDiplomaFixture.Row::uan).toList()) {
                if (p.suggestions().get(0).contains(id + " ")) units.add(id);
            }
            LearnerCheck after = rules.check(new Learner(2, "Sam", "LRN-9", "", "", HabcDiplomaFixture.QAN, units));
            List<String> codes = after.problems().stream().map(CombinationProblem::code).toList();
            assertFalse(codes.contains(p.code()), p + " -> " + after.problems());
            if (!c.problems().stream().anyMatch(q -> q.code().equals("group-max-credits"))) {
                assertFalse(codes.contains("group-max-credits"), p + " -> " + after.problems());
            }
        }
    }
}
