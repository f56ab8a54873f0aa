package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private final Map<String, int[]> textTokens = new HashMap<>();
    /**
     * Profiles by the identity of a unit's outcome list: adding a link or a title makes a new unit
     * record but keeps the same (immutable) list, so each unit is tokenised once per catalogue.
     */
    private final Map<List<LearningOutcome>, Profile> profiles = new IdentityHashMap<>();

    /** A unit's criteria, each as token numbers, in the unit's order; {@code vocabulary} is all their tokens. */
    public record Profile(List<int[]> criteria, int[] vocabulary) {
        public Profile {
            criteria = List.copyOf(criteria);
        }

        Profile(List<int[]> criteria) {
            this(criteria, criteria.stream().flatMapToInt(java.util.Arrays::stream).sorted().distinct().toArray());
        }

        public boolean isEmpty() {
            return criteria.isEmpty();
        }
    }

    public Profile profile(Unit unit) {
        return profiles.computeIfAbsent(unit.outcomes(), k -> {
            List<int[]> out = new ArrayList<>();
            for (AssessmentCriterion c : unit.allCriteria()) out.add(tokens(c.text()));
            return new Profile(out);
        });
    }

    /** The words of a text without case and punctuation, for telling whether two printings read the same. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }

    int[] tokens(String text) {
        return textTokens.computeIfAbsent(text == null ? "" : text, this::tokenise);
    }

    private int[] tokenise(String text) {
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

    /**
     * The share of {@code from}'s words that {@code to} uses anywhere in its criteria: a cheap upper
     * bound on how well it can match, used to pick the units worth comparing criterion by criterion.
     */
    public static double containment(Profile from, Profile to) {
        if (from.vocabulary().length == 0) return 0;
        return similarity(from.vocabulary(), to.vocabulary()) * (from.vocabulary().length + to.vocabulary().length)
                / (2.0 * from.vocabulary().length);
    }

    /** How much of {@code from} is found in {@code to}: the mean of each criterion's best similarity. */
    public static Coverage coverage(Profile from, Profile to) {
        if (from.isEmpty() || to.isEmpty()) return new Coverage(0, 0, from.criteria().size());
        if (sameCriteria(from, to)) return new Coverage(1, from.criteria().size(), from.criteria().size());
        double sum = 0;
        int strong = 0;
        for (int i = 0; i < from.criteria().size(); i++) {
            double b = best(from, i, to);
            sum += b;
            if (b >= Coverage.STRONG) strong++;
        }
        return new Coverage(sum / from.criteria().size(), strong, from.criteria().size());
    }

    /** The same criteria word for word (another copy of one printing): no need to compare each with each. */
    private static boolean sameCriteria(Profile a, Profile b) {
        if (a.criteria().size() != b.criteria().size()) return false;
        for (int i = 0; i < a.criteria().size(); i++) {
            if (!java.util.Arrays.equals(a.criteria().get(i), b.criteria().get(i))) return false;
        }
        return true;
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
