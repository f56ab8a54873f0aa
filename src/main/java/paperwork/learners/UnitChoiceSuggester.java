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
    static final int SEARCH_LIMIT = 10_000;
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
        // A unit that cannot be added on its own (its group is full, it is barred) is in no set.
        List<String> usable = candidates.stream()
                .filter(c -> weight.applyAsInt(c) > 0 && allowed.test(List.of(c))).toList();
        int fewest = fewestNeeded(usable, weight, need);
        if (fewest < 0) return List.of();
        int[] weights = usable.stream().mapToInt(weight).toArray();
        for (int k = fewest; k <= Math.min(usable.size(), fewest + 1); k++) {
            if (combinations(usable.size(), k) > SEARCH_LIMIT) return greedy(usable, weight, need, allowed);
            Search search = new Search(usable, weights, need, allowed, k);
            search.from(0, 0, 0);
            if (!search.best.isEmpty()) {
                return search.best.stream().map(o -> o.units).toList();
            }
        }
        return greedy(usable, weight, need, allowed);
    }

    private record Option(List<String> units, int excess) {
    }

    /**
     * Walks the sets of k units in printed order, keeping the {@link #OPTIONS} with the least
     * overshoot; a set found later replaces a kept one only when strictly better, so ties go to
     * the earlier units. Branches that already overshoot more than the worst kept option are cut.
     */
    private static final class Search {
        final List<String> units;
        final int[] weights;
        final int need;
        final Predicate<List<String>> allowed;
        final int k;
        final int[] picked;
        /** heaviest[i]: the largest weight at position i or later, to cut sets that cannot reach the need. */
        final int[] heaviest;
        final List<Option> best = new ArrayList<>();

        Search(List<String> units, int[] weights, int need, Predicate<List<String>> allowed, int k) {
            this.units = units;
            this.weights = weights;
            this.need = need;
            this.allowed = allowed;
            this.k = k;
            this.picked = new int[k];
            this.heaviest = new int[weights.length + 1];
            for (int i = weights.length - 1; i >= 0; i--) heaviest[i] = Math.max(weights[i], heaviest[i + 1]);
        }

        void from(int start, int size, int sum) {
            if (size == k) {
                if (sum >= need) offer(sum - need);
                return;
            }
            if (sum + heaviest[start] * (k - size) < need) return;
            for (int i = start; i <= units.size() - (k - size); i++) {
                int next = sum + weights[i];
                // Adding units only adds weight: once over the worst kept overshoot, no deeper set is better.
                if (best.size() == OPTIONS && next - need > best.get(OPTIONS - 1).excess) continue;
                picked[size] = i;
                from(i + 1, size + 1, next);
                if (best.size() == OPTIONS && best.get(OPTIONS - 1).excess == 0) return;
            }
        }

        private void offer(int excess) {
            if (best.size() == OPTIONS && excess >= best.get(OPTIONS - 1).excess) return;
            List<String> set = new ArrayList<>(k);
            for (int i : picked) set.add(units.get(i));
            if (!allowed.test(set)) return;
            int at = 0;
            while (at < best.size() && best.get(at).excess <= excess) at++;
            best.add(at, new Option(List.copyOf(set), excess));
            if (best.size() > OPTIONS) best.remove(OPTIONS);
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



    private static long combinations(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
            if (c > Long.MAX_VALUE / Math.max(1, n)) return Long.MAX_VALUE;
        }
        return c;
    }
}
