package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two criterion texts are, as a careful reader sees it: case, punctuation and small words
 * do not count, and "you/your" (a national standard) reads the same as "they/their" (a QCF unit
 * written about the learner). Texts become sorted arrays of token numbers so that comparing every
 * criterion of one unit with every criterion of another stays cheap.
 */
public final class CriterionSimilarity {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "for",
            "with", "on", "at", "by", "that", "is", "are", "be", "it", "as");
    private static final Map<String, String> PERSON = Map.ofEntries(Map.entry("you", "they"),
            Map.entry("your", "their"), Map.entry("yourself", "themselves"), Map.entry("learner", "they"),
            Map.entry("learners", "they"), Map.entry("his", "their"), Map.entry("her", "their"),
            Map.entry("themself", "themselves"));

    private final Map<String, Integer> tokens = new HashMap<>();

    /** A unit's criteria, each as token numbers, in the unit's order. */
    public record Profile(List<int[]> criteria) {
        public Profile {
            criteria = List.copyOf(criteria);
        }

        public boolean isEmpty() {
            return criteria.isEmpty();
        }
    }

    public Profile profile(Unit unit) {
        List<int[]> out = new ArrayList<>();
        for (AssessmentCriterion c : unit.allCriteria()) out.add(tokens(c.text()));
        return new Profile(out);
    }

    /** The words of a text without case and punctuation, for telling whether two printings read the same. */
    public static List<String> words(String text) {
        String s = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    int[] tokens(String text) {
        List<String> words = words(text);
        int[] ids = new int[words.size()];
        int n = 0;
        for (String w : words) {
            if (SMALL_WORDS.contains(w) || w.equals("s")) continue;
            String canonical = PERSON.getOrDefault(w, w);
            ids[n++] = tokens.computeIfAbsent(canonical, k -> tokens.size());
        }
        return Arrays.stream(ids, 0, n).sorted().distinct().toArray();
    }

    /** Dice coefficient of two token sets: 1 for the same words, 0 for none in common. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) return 1;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    public double similarity(String a, String b) {
        return similarity(tokens(a), tokens(b));
    }

    /** The best similarity of criterion {@code i} of {@code from} to any criterion of {@code to}. */
    static double best(Profile from, int i, Profile to) {
        double best = 0;
        for (int[] c : to.criteria()) best = Math.max(best, similarity(from.criteria().get(i), c));
        return best;
    }

    /** How much of {@code from} is found in {@code to}: the mean of each criterion's best similarity. */
    public static Coverage coverage(Profile from, Profile to) {
        if (from.isEmpty() || to.isEmpty()) return new Coverage(0, 0, from.criteria().size());
        double sum = 0;
        int strong = 0;
        for (int i = 0; i < from.criteria().size(); i++) {
            double b = best(from, i, to);
            sum += b;
            if (b >= Coverage.STRONG) strong++;
        }
        return new Coverage(sum / from.criteria().size(), strong, from.criteria().size());
    }

    /**
     * @param score  mean best similarity, 0…1
     * @param strong how many criteria found a near-identical counterpart
     * @param of     how many criteria were looked for
     */
    public record Coverage(double score, int strong, int of) {
        /** A criterion this alike is the same criterion, reworded at most by a word or two. */
        public static final double STRONG = 0.8;

        public String describe() {
            return String.format(Locale.ROOT, "similarity %.2f, %d of %d criteria near-identical", score, strong, of);
        }
    }
}
