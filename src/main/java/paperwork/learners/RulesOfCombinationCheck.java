package paperwork.learners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import paperwork.catalogue.Constraint;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.Unit;

/**
 * Checks one learner's choice of units against a qualification's rules of combination as parsed
 * into the catalogue: units that belong to the qualification, duplicates, each group's minimum and
 * maximum credits and units, the minimum credits at or above a level, the total credits and barred
 * combinations. Mandatory units left out of the choice are implied. Where a choice is short, it
 * suggests units that would complete it. Built once per qualification; {@link #check} is cheap.
 */
public final class RulesOfCombinationCheck {
    public static final String BARRED_COMBINATION = "barred-combination";

    private final Qualification qualification;
    private final UnitIndex index;
    private final List<List<String>> barred;

    public RulesOfCombinationCheck(Qualification qualification, List<Unit> catalogueUnits) {
        this.qualification = qualification;
        this.index = new UnitIndex(qualification, catalogueUnits);
        this.barred = qualification.constraints().stream()
                .filter(c -> BARRED_COMBINATION.equals(c.kind()))
                .map(this::unitsNamedIn)
                .filter(units -> units.size() >= 2)
                .toList();
    }

    public Qualification qualification() {
        return qualification;
    }

    public LearnerCheck check(Learner learner) {
        List<CombinationProblem> problems = new ArrayList<>();
        Map<String, String> chosen = new LinkedHashMap<>(); // unit id -> as written
        for (String written : learner.units()) {
            Optional<String> id = index.resolve(written);
            if (id.isEmpty()) {
                problems.add(notInQualification(written));
            } else if (chosen.containsKey(id.get())) {
                String first = chosen.get(id.get());
                problems.add(new CombinationProblem("duplicate-unit", "unit " + id.get() + " is chosen twice"
                        + (first.equals(written) ? "" : " (as " + first + " and as " + written + ")")));
            } else {
                chosen.put(id.get(), written);
            }
        }
        List<String> implied = new ArrayList<>();
        for (RuleGroup g : qualification.groups()) {
            if (!g.mandatory()) continue;
            for (String id : g.units()) {
                if (!chosen.containsKey(id) && !implied.contains(id)) implied.add(id);
            }
        }
        Set<String> all = new LinkedHashSet<>(chosen.keySet());
        all.addAll(implied);
        List<String> units = all.stream().sorted(Comparator.comparingInt(index::order)).toList();
        for (String id : units) {
            Unit u = index.unit(id);
            if (u == null) {
                problems.add(new CombinationProblem("unit-not-in-catalogue", "unit " + id
                        + " belongs to the qualification but no source describes it: its credits are unknown"));
            } else if (u.credits() == null) {
                problems.add(new CombinationProblem("unit-credits-unknown", "unit " + id
                        + " has no credit value in its source: it counts as 0 credits"));
            }
        }

        List<GroupTally> tallies = new ArrayList<>();
        for (RuleGroup g : qualification.groups()) {
            List<String> in = units.stream().filter(g.units()::contains).toList();
            int credits = in.stream().mapToInt(index::credits).sum();
            tallies.add(new GroupTally(g.name(), g.mandatory(), credits, in));
            checkGroup(g, in, credits, units, problems);
        }
        for (Constraint c : qualification.constraints()) {
            if (Constraint.MIN_CREDITS_AT_LEVEL.equals(c.kind()) && c.credits() != null && c.level() != null) {
                checkLevel(c, units, problems);
            }
        }
        int total = units.stream().mapToInt(index::credits).sum();
        if (qualification.credits() != null && total < qualification.credits()) {
            int need = qualification.credits() - total;
            problems.add(new CombinationProblem("total-credits", "Total: " + total + " credits chosen, at least "
                    + qualification.credits() + " needed (" + need + " more)",
                    suggestions(optionalUnitsNotChosen(units, 0), index::credits, need, units)));
        }
        for (List<String> pair : barred) {
            List<String> taken = pair.stream().filter(units::contains).toList();
            if (taken.size() >= 2) {
                problems.add(new CombinationProblem(BARRED_COMBINATION, "units " + String.join(" and ", taken)
                        + " cannot be taken together"));
            }
        }
        int glh = units.stream().mapToInt(index::glh).sum();
        return new LearnerCheck(learner, qualification.id(), units, implied, tallies, total, glh, problems);
    }

    private CombinationProblem notInQualification(String written) {
        if (index.ambiguous(written)) {
            return new CombinationProblem("ambiguous-unit", "unit " + written
                    + " could be more than one unit of the qualification: write its unit reference (UAN)");
        }
        Optional<Unit> other = index.elsewhere(written);
        if (other.isPresent()) {
            return new CombinationProblem("unit-not-in-qualification", "unit " + other.get().id() + " ("
                    + other.get().title() + ") is not part of " + qualification.id());
        }
        return new CombinationProblem("unknown-unit", "unit " + written + " is not in the catalogue");
    }

    private void checkGroup(RuleGroup g, List<String> in, int credits, List<String> units,
            List<CombinationProblem> problems) {
        if (g.minCredits() != null && credits < g.minCredits()) {
            int need = g.minCredits() - credits;
            List<String> candidates = g.units().stream().filter(u -> !units.contains(u)).toList();
            problems.add(new CombinationProblem("group-min-credits", g.name() + ": " + credits
                    + " credits chosen, at least " + g.minCredits() + " needed (" + need + " more)",
                    suggestions(candidates, index::credits, need, units)));
        }
        if (g.maxCredits() != null && credits > g.maxCredits()) {
            problems.add(new CombinationProblem("group-max-credits", g.name() + ": " + credits
                    + " credits chosen, at most " + g.maxCredits() + " allowed"));
        }
        if (g.minUnits() != null && in.size() < g.minUnits()) {
            int need = g.minUnits() - in.size();
            List<String> candidates = g.units().stream().filter(u -> !units.contains(u)).toList();
            problems.add(new CombinationProblem("group-min-units", g.name() + ": " + in.size()
                    + " unit(s) chosen, at least " + g.minUnits() + " needed (" + need + " more)",
                    suggestions(candidates, u -> 1, need, units)));
        }
        if (g.maxUnits() != null && in.size() > g.maxUnits()) {
            problems.add(new CombinationProblem("group-max-units", g.name() + ": " + in.size()
                    + " units chosen, at most " + g.maxUnits() + " allowed"));
        }
    }

    private void checkLevel(Constraint c, List<String> units, List<CombinationProblem> problems) {
        int atLevel = units.stream().filter(u -> index.level(u) >= c.level()).mapToInt(index::credits).sum();
        if (atLevel >= c.credits()) return;
        int need = c.credits() - atLevel;
        problems.add(new CombinationProblem("min-credits-at-level", "Level " + c.level() + " or above: "
                + atLevel + " credits chosen, at least " + c.credits() + " needed (" + need + " more)",
                suggestions(optionalUnitsNotChosen(units, c.level()), index::credits, need, units)));
    }

    /** Units of optional groups, not chosen, at {@code minLevel} or above, in printed order. */
    private List<String> optionalUnitsNotChosen(List<String> units, int minLevel) {
        return qualification.groups().stream().filter(g -> !g.mandatory())
                .flatMap(g -> g.units().stream())
                .distinct()
                .filter(u -> !units.contains(u) && index.unit(u) != null && index.level(u) >= minLevel)
                .sorted(Comparator.comparingInt(index::order))
                .toList();
    }

    private List<String> suggestions(List<String> candidates, ToIntFunction<String> weight, int need,
            List<String> chosen) {
        GroupRoom room = new GroupRoom(chosen);
        List<List<String>> options = UnitChoiceSuggester.suggest(candidates, weight, need, room::fits);
        return options.stream().map(this::describe).toList();
    }

    /**
     * What each bounded group can still take on top of a choice, worked out once per suggestion so
     * that testing a candidate set is cheap: adding it keeps every group within its maximum and takes
     * no barred combination.
     */
    private final class GroupRoom {
        private final List<Set<String>> members = new ArrayList<>();
        private final List<Integer> creditRoom = new ArrayList<>();
        private final List<Integer> unitRoom = new ArrayList<>();
        private final List<List<String>> openBars = new ArrayList<>();
        private final List<Set<String>> barredWithChosen = new ArrayList<>();

        GroupRoom(List<String> chosen) {
            for (RuleGroup g : qualification.groups()) {
                if (g.maxCredits() == null && g.maxUnits() == null) continue;
                Set<String> in = Set.copyOf(g.units());
                List<String> before = chosen.stream().filter(in::contains).toList();
                members.add(in);
                creditRoom.add(g.maxCredits() == null ? Integer.MAX_VALUE
                        : g.maxCredits() - before.stream().mapToInt(index::credits).sum());
                unitRoom.add(g.maxUnits() == null ? Integer.MAX_VALUE : g.maxUnits() - before.size());
            }
            for (List<String> bar : barred) {
                long taken = bar.stream().filter(chosen::contains).count();
                if (taken >= 1) barredWithChosen.add(Set.copyOf(bar.stream().filter(u -> !chosen.contains(u)).toList()));
                else openBars.add(bar);
            }
        }

        boolean fits(List<String> added) {
            for (int g = 0; g < members.size(); g++) {
                int credits = 0;
                int units = 0;
                for (String u : added) {
                    if (members.get(g).contains(u)) {
                        credits += index.credits(u);
                        units++;
                    }
                }
                if (credits > creditRoom.get(g) || units > unitRoom.get(g)) return false;
            }
            for (Set<String> bar : barredWithChosen) {
                for (String u : added) if (bar.contains(u)) return false;
            }
            for (List<String> bar : openBars) {
                if (bar.stream().filter(added::contains).count() >= 2) return false;
            }
            return true;
        }
    }

    private String describe(List<String> option) {
        StringBuilder b = new StringBuilder("add ");
        int sum = 0;
        for (int i = 0; i < option.size(); i++) {
            String id = option.get(i);
            if (i > 0) b.append(i == option.size() - 1 ? " and " : ", ");
            b.append(id);
            if (!index.title(id).isEmpty()) b.append(" ").append(index.title(id));
            b.append(" (").append(index.credits(id)).append(" credits, level ").append(index.level(id)).append(')');
            sum += index.credits(id);
        }
        return b.append(": ").append(sum).append(" credits").toString();
    }

    /** The qualification's units that a barred-combination sentence names, by id or as "unit N". */
    private List<String> unitsNamedIn(Constraint c) {
        String text = c.text() == null ? "" : c.text();
        List<String> named = new ArrayList<>();
        for (String id : index.ids()) {
            Unit u = index.unit(id);
            boolean byId = text.contains(id);
            boolean byAlias = u != null && u.aliases().stream().anyMatch(a -> Pattern.compile(
                    "(?i)\\bunit\\s+" + Pattern.quote(a) + "(?![\\w/])").matcher(text).find());
            if (byId || byAlias) named.add(id);
        }
        return named;
    }
}
