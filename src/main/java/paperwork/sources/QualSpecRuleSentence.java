package paperwork.sources;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the rules of combination, as read: "A minimum of 15 credits from optional group A",
 * "All units within the mandatory group totalling 31 credits", "A minimum of 40 credits must be
 * achieved through completion of units at level 3 and above", "a minimum of 55 credits overall".
 *
 * @param group    the group named ("optional group a", "mandatory group", "this group"), lower case; null for none
 * @param bound    {@code min}, {@code max}, {@code exactly}, {@code all} or null
 * @param amount   the number stated, or null
 * @param units    true when the number counts units, false when it counts credits
 * @param level    the level of a "at level 3 and above" rule, or null
 */
record QualSpecRuleSentence(String text, int line, String group, String bound, Integer amount, boolean units,
        Integer level) {

    private static final Pattern GROUP = Pattern.compile(
            "\\b(this group|mandatory (group|units)|optional (units )?group [a-z0-9]{1,2}\\b|(?<!optional )group [a-z0-9]{1,2}\\b)");
    private static final Pattern BOUND = Pattern.compile(
            "\\b(minimum|at least|no fewer than|maximum|at most|up to|no more than|exactly|all (\\w+ )?units|all of the units)\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\b(\\d{1,3})\\s+(credits?|units?)\\b");
    private static final Pattern LEVEL = Pattern.compile("\\blevel\\s+(\\d)\\s+(and|or)\\s+(above|higher)\\b");

    /** Where a sentence states a second rule: "… in the mandatory group and a minimum of 3 credits from group O". */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i);|,?\\s+and\\s+(?=(a |an )?(minimum|maximum|all |at least|at most|up to|no more than|exactly))");

    /** Every rule a printed sentence states, one per clause. */
    static java.util.List<QualSpecRuleSentence> readAll(String printed, int line) {
        java.util.List<QualSpecRuleSentence> out = new java.util.ArrayList<>();
        String[] clauses = CLAUSE.split(printed);
        for (String clause : clauses) {
            read(clauses.length == 1 ? printed : clause, line).ifPresent(out::add);
        }
        return out;
    }

    /** The sentence read as a rule, or empty when it states no bound, group or level rule. */
    static Optional<QualSpecRuleSentence> read(String printed, int line) {
        // Every rule states a number or "all units"; most lines of prose state neither.
        if (printed.chars().noneMatch(Character::isDigit) && !printed.toLowerCase(java.util.Locale.ROOT).contains("all ")) {
            return Optional.empty();
        }
        String text = QualSpecPatterns.plain(printed);
        String s = text.toLowerCase(java.util.Locale.ROOT);
        Matcher g = GROUP.matcher(s);
        Matcher b = BOUND.matcher(s);
        Matcher a = AMOUNT.matcher(s);
        Matcher l = LEVEL.matcher(s);
        String group = g.find() ? normaliseGroup(g.group(1)) : null;
        String bound = b.find() ? bound(b.group(1)) : null;
        Integer amount = null;
        boolean units = false;
        if (a.find()) {
            amount = Integer.valueOf(a.group(1));
            units = a.group(2).startsWith("unit");
        }
        Integer level = l.find() ? Integer.valueOf(l.group(1)) : null;
        if (group == null && level == null && (bound == null || amount == null)) return Optional.empty();
        if (group != null && bound == null && amount == null) return Optional.empty();
        return Optional.of(new QualSpecRuleSentence(text, line, group, bound, amount, units, level));
    }

    private static String normaliseGroup(String g) {
        return g.replace("optional units group", "optional group").replace("mandatory units", "mandatory group");
    }

    private static String bound(String word) {
        return switch (word) {
            case "minimum", "at least", "no fewer than" -> "min";
            case "maximum", "at most", "up to", "no more than" -> "max";
            case "exactly" -> "exactly";
            default -> "all";  // "all units", "all four units"
        };
    }

    boolean isLevelRule() {
        return level != null && amount != null && !units;
    }

    /** A bound on the whole qualification: "a minimum of 55 credits overall". */
    boolean isTotal() {
        return group == null && level == null && amount != null && !units;
    }

    /** What the sentence states, for messages: "a minimum of 15 units". */
    String describe() {
        if (amount == null) return "all units";
        String what = amount + (units ? " unit" : " credit") + (amount == 1 ? "" : "s");
        return switch (bound == null ? "" : bound) {
            case "min" -> "a minimum of " + what;
            case "max" -> "a maximum of " + what;
            case "exactly" -> "exactly " + what;
            case "all" -> "all units, totalling " + what;
            default -> what;
        };
    }
}
