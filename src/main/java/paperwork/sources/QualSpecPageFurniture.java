package paperwork.sources;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a PDF repeats on its pages that are not content: a running head or footer printed on many
 * pages ("Highfield Qualifications", "Version 4.0 April 2016"), page numbers. Learnt from the text
 * itself: a short line, not a sentence, repeated on several pages and shaped like nothing this
 * format reads (a unit fact, a heading, a table header). The qualification's title printed as a
 * running head is told by the parser, which knows the title.
 */
final class QualSpecPageFurniture {
    private static final int REPEATS = 3;
    private static final int MAX_WORDS = 10;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^\\s*(page\\s+)?\\d{1,3}(\\s+of\\s+\\d{1,3})?\\s*$");

    private final Set<String> repeated;

    private QualSpecPageFurniture(Set<String> repeated) {
        this.repeated = repeated;
    }

    static QualSpecPageFurniture of(SourceText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : text.lines()) {
            if (candidate(line)) counts.merge(QualSpecPatterns.lower(line), 1, Integer::sum);
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((line, n) -> {
            if (n >= REPEATS) repeated.add(line);
        });
        return new QualSpecPageFurniture(repeated);
    }

    private static boolean candidate(String line) {
        if (line.isBlank() || line.contains("\t") || line.length() > 100) return false;
        String s = QualSpecCells.plainText(line);
        if (s.isEmpty() || s.split(" ").length > MAX_WORDS) return false;
        if (s.endsWith(".") || s.endsWith(":") || s.chars().noneMatch(Character::isLetter)) return false;
        return QualSpecPatterns.unitHeading(line).isEmpty() && QualSpecPatterns.unitFact(line).isEmpty()
                && QualSpecPatterns.keyFact(line).isEmpty() && !QualSpecPatterns.isGuidanceHeading(line)
                && !QualSpecPatterns.isGroupHeading(line) && QualSpecPatterns.appendix(line).isEmpty()
                && !QualSpecPatterns.isSampleHeading(line) && !QualSpecPatterns.isRulesHeading(line)
                && QualSpecPatterns.qualificationTitle(line).isEmpty()
                && QualSpecCells.outcomeLine(line).isEmpty() && !QualSpecCells.isCriterionLine(line);
    }

    /** "Page 12 of 80", "12". */
    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    boolean isRepeated(String line) {
        return !repeated.isEmpty() && !line.contains("\t") && repeated.contains(QualSpecPatterns.lower(line));
    }
}
