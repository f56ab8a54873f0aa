package paperwork.learners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Finds ways to complete a choice that is short: the fewest units from the candidates whose weight
 * (credits, or 1 per unit) reaches what is missing, least overshoot first, then in printed order.
 * Deterministic; bounded so that a large group falls back to a greedy pick instead of a long search.
 */
final class UnitChoiceSuggester {
    /** At most this many combinations are tried for one set size. */
    static final int SEARCH_LIMIT = 20_000;
    static final int OPTIONS = 3;

    private UnitChoiceSuggester() {
    }

    /**
     * @param candidates units that could be added, in printed order
     * @param weight     what one unit adds (its credits, or 1)
     * @param need       how much is missing (> 0)
     * @param allowed    whether a set of units may be added together (group maxima, barred pairs)
     * @return up to {@link #OPTIONS} sets of unit ids, best first; empty when none reaches the need
     */
    static List<List<String>> suggest(List<String> candidates, ToIntFunction<String> weight, int need,
            Predicate<List<String>> allowed) {
        List<String> usable = candidates.stream().filter(c -> weight.applyAsInt(c) > 0).toList();
        int fewest = fewestNeeded(usable, weight, need);
        if (fewest < 0) return List.of();
        for (int k = fewest; k <= Math.min(usable.size(), fewest + 1); k++) {
            if (combinations(usable.size(), k) > SEARCH_LIMIT) return greedy(usable, weight, need, allowed);
            List<List<String>> found = new ArrayList<>();
            collect(usable, weight, need, allowed, k, 0, new ArrayList<>(), 0, found);
            if (!found.isEmpty()) {
                found.sort(Comparator.<List<String>>comparingInt(s -> total(s, weight))
                        .thenComparing(byPosition(usable)));
                return List.copyOf(found.subList(0, Math.min(OPTIONS, found.size())));
            }
        }
        return greedy(usable, weight, need, allowed);
    }

    private static void collect(List<String> units, ToIntFunction<String> weight, int need,
            Predicate<List<String>> allowed, int k, int from, List<String> current, int sum, List<List<String>> found) {
        if (current.size() == k) {
            if (sum >= need && allowed.test(current)) found.add(List.copyOf(current));
            return;
        }
        for (int i = from; i <= units.size() - (k - current.size()); i++) {
            current.add(units.get(i));
            collect(units, weight, need, allowed, k, i + 1, current, sum + weight.applyAsInt(units.get(i)), found);
            current.remove(current.size() - 1);
        }
    }

    /** The fewest units that could reach the need, taking the heaviest first; -1 if all together fall short. */
    private static int fewestNeeded(List<String> units, ToIntFunction<String> weight, int need) {
        List<Integer> weights = units.stream().map(weight::applyAsInt).sorted(Comparator.reverseOrder()).toList();
        int sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            if (sum >= need) return i + 1;
        }
        return -1;
    }

    private static List<List<String>> greedy(List<String> units, ToIntFunction<String> weight, int need,
            Predicate<List<String>> allowed) {
        List<String> byWeight = new ArrayList<>(units);
        byWeight.sort(Comparator.comparingInt(weight).reversed());
        List<String> pick = new ArrayList<>();
        int sum = 0;
        for (String u : byWeight) {
            if (sum >= need) break;
            pick.add(u);
            if (allowed.test(pick)) sum += weight.applyAsInt(u);
            else pick.remove(pick.size() - 1);
        }
        if (sum < need) return List.of();
        pick.sort(Comparator.comparingInt(units::indexOf));
        return List.of(List.copyOf(pick));
    }

    private static int total(List<String> units, ToIntFunction<String> weight) {
        return units.stream().mapToInt(weight).sum();
    }

    private static Comparator<List<String>> byPosition(List<String> order) {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(order.indexOf(a.get(i)), order.indexOf(b.get(i)));
                if (c != 0) return c;
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    private static long combinations(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
            if (c > Long.MAX_VALUE / Math.max(1, n)) return Long.MAX_VALUE;
        }
        return c;
    }
}
