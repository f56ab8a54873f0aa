package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one text printed after several codes ("K1 K2 how the system works the importance of
 * listening") into one text per code. The table cell lost the break between the items, so the split
 * is a guess: before words that open an item ("how", "the", "why"…), not after a word that needs
 * one to follow ("of the"), as near to equal shares as such words allow.
 */
final class NosSharedTextSplitter {
    private static final Set<String> OPENERS = Set.of("how", "why", "what", "when", "where", "which", "who",
            "ways", "the", "types", "methods", "techniques", "procedures", "sources", "principles", "your",
            "legal", "relevant", "different", "organisational");
    /** A word after which an opener continues the phrase rather than starting an item. */
    private static final Set<String> BINDING = Set.of("of", "to", "and", "or", "in", "for", "with", "on", "at",
            "by", "from", "that", "about", "into", "a", "an", "is", "are", "be", "as", "than", "through", "under",
            "between", "within");

    private NosSharedTextSplitter() {
    }

    /** {@code parts} texts; the last ones are empty when the text has too few places to split. */
    static List<String> split(String text, int parts) {
        String[] words = text.strip().split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String w = bare(words[i]);
            String prev = bare(words[i - 1]);
            if (OPENERS.contains(w) && !BINDING.contains(prev) && !OPENERS.contains(prev)) candidates.add(i);
        }
        List<Integer> cuts = new ArrayList<>();
        int last = 0;
        for (int p = 1; p < parts; p++) {
            double ideal = (double) words.length * p / parts;
            int best = -1;
            for (int c : candidates) {
                if (c <= last) continue;
                if (best < 0 || Math.abs(c - ideal) < Math.abs(best - ideal)) best = c;
            }
            if (best < 0) break;
            cuts.add(best);
            last = best;
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, cut)));
            from = cut;
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        while (out.size() < parts) out.add("");
        return out;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
