package paperwork.sources;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines of an awarding body's unit pack are: unit headings, the facts under them (level,
 * credit value, UAN), section headings, outcome headings, coded bullets, and table rows. Every
 * pattern of the format lives here so that the readers share one definition of each.
 */
final class UnitPackLines {
    private UnitPackLines() {
    }

    /** The sections of a unit page, in the order a pack usually prints them. */
    enum Heading {
        AIM, OUTCOME_LIST, GLH, NOS, SUPPORT, ASSESSMENT, CRITERIA, EVIDENCE, GUIDANCE
    }

    /** A unit-accreditation number: L/601/0933. */
    static final Pattern UAN = Pattern.compile("[A-HJ-NPR-Y]/\\d{3}/\\d{4}");
    /** A qualification accreditation number: 600/1135/X. */
    static final Pattern QAN = Pattern.compile("\\d{3}/\\d{4}/[\\dX]");

    private static final Pattern UNIT_HEADING = Pattern.compile("^\\s*Unit\\s+(\\d{1,4})\\b\\s*[:.\\-\u2013]?\\s*(.*)$");
    private static final Pattern LEVEL = Pattern.compile("(?i)\\bLevel\\s*:\\s*(\\d{1,2})\\b");
    private static final Pattern CREDIT = Pattern.compile("(?i)\\bCredits?(?:\\s+value)?\\s*:\\s*(\\d{1,3})\\b");
    private static final Pattern GLH_FACT = Pattern.compile("(?i)\\b(?:GLH|Guided learning hours)\\s*:\\s*(\\d{1,4})\\b");
    private static final Pattern UAN_FACT = Pattern.compile("(?i)^\\s*(?:UAN|Unit accreditation number|Unit reference number)\\s*:?\\s*([A-Z]/\\s?\\d{3}\\s?/\\s?\\d{4})\\s*$");
    private static final Pattern APPENDIX = Pattern.compile("^\\s*Appendix\\s+\\d+\\b.*$");
    private static final Pattern OUTCOME = Pattern.compile("(?i)^\\s*(?:Learning\\s+)?Outcome\\s+(\\d{1,2})\\s*[:.\\-\u2013]?\\s*(.*)$");
    private static final Pattern LISTED_OUTCOME = Pattern.compile("^\\s*[-\u2022*]?\\s*(\\d{1,2})\\s*[.)]?\\s+(\\S.*)$");
    private static final Pattern STATED_OUTCOMES =
            Pattern.compile("(?i)there (?:are|is) \\**\\s*(\\w+)\\s*\\** learning outcomes?");
    private static final Pattern CRITERION_CODE =
            Pattern.compile("^(\\d{1,2})\\s?\\.\\s?(\\d{1,2})(\\.?)(?=\\s|$)\\s*(.*)$");
    private static final Pattern EVIDENCE_CODE = Pattern.compile("^(\\d{1,2})[.)]?(?=\\s)\\s+(.*)$");
    private static final Pattern LETTER_CODE = Pattern.compile("^([a-z])[.)]?(?=\\s)\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-\u2022\u25aa\u25cf*]\\s+(.*)$");
    private static final Pattern HOURS = Pattern.compile("\\**\\s*(\\d{1,4})\\s*\\**\\s*(?:guided learning\\s+)?hours");
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^\\s*the learner (can|will|should)\\b.*:\\s*$");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** "Unit 208 Give customers…" printed as a heading (not a contents entry with tabs). */
    record UnitHeading(String number, String title) {
    }

    /** A bullet: its indent (0 for a top-level bullet) and its text after the bullet sign. */
    record Bullet(int indent, String text) {
    }

    /** "1.1 text" or "3.1. text": the outcome and criterion numbers, whether a stray full stop followed, and the text. */
    record CriterionCode(int outcome, int number, String token, boolean strayStop, String text) {
    }

    /** "Outcome 1: Be able to…": the number and the title. */
    record OutcomeHeading(int number, String title) {
    }

    static Optional<UnitHeading> unitHeading(String line) {
        if (line.indexOf('\t') >= 0) return Optional.empty();
        Matcher m = UNIT_HEADING.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new UnitHeading(m.group(1), collapse(m.group(2))));
    }

    /** "Level: 2", "Credit value: 5", "UAN: …", "GLH: 20": the facts printed under a unit heading. */
    static boolean isFacts(String line) {
        return LEVEL.matcher(line).find() || CREDIT.matcher(line).find() || UAN_FACT.matcher(line).matches()
                || GLH_FACT.matcher(line).find();
    }

    static OptionalInt level(String line) {
        return intGroup(LEVEL.matcher(line));
    }

    static OptionalInt credit(String line) {
        return intGroup(CREDIT.matcher(line));
    }

    static OptionalInt glhFact(String line) {
        return intGroup(GLH_FACT.matcher(line));
    }

    /** The UAN printed on a "UAN:" line, with any stray spaces removed. */
    static Optional<String> uanFact(String line) {
        Matcher m = UAN_FACT.matcher(line);
        return m.matches() ? Optional.of(m.group(1).replace(" ", "")) : Optional.empty();
    }

    static boolean isAppendix(String line) {
        return APPENDIX.matcher(line).matches();
    }

    /**
     * A section heading of a unit page, and any text printed after it on the same line (a PDF
     * often runs "…national occupational standardsThis unit directly relates…" together).
     */
    record SectionHeading(Heading heading, String title, String rest) {
    }

    private static final int MAX_HEADING = 100;
    private static final String NOS_HEADING = "details of the relationship between the unit and relevant national occupational standards";
    private static final String[] SUPPORT_HEADINGS = {"support of the unit by a sector or other appropriate body",
        "endorsement of the unit by a sector or other appropriate body"};

    static Optional<SectionHeading> sectionHeading(String line) {
        // Headings are short; a long line can only be one run together with its text (the NOS heading).
        if (line.length() > MAX_HEADING && !line.strip().regionMatches(true, 0, NOS_HEADING, 0, 20)
                && !line.strip().regionMatches(true, 0, SUPPORT_HEADINGS[0], 0, 20)
                && !line.strip().regionMatches(true, 0, SUPPORT_HEADINGS[1], 0, 20)) {
            return Optional.empty();
        }
        String s = collapse(line);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith(NOS_HEADING)) {
            return Optional.of(new SectionHeading(Heading.NOS, s.substring(0, NOS_HEADING.length()),
                    s.substring(NOS_HEADING.length()).strip()));
        }
        for (String support : SUPPORT_HEADINGS) {
            if (lower.startsWith(support)) {
                return Optional.of(new SectionHeading(Heading.SUPPORT, s.substring(0, support.length()),
                        s.substring(support.length()).strip()));
            }
        }
        String bare = lower.replaceAll("[:.]$", "");
        Heading h = switch (bare) {
            case "unit aim", "unit aims", "aim", "aims", "unit summary" -> Heading.AIM;
            case "learning outcomes" -> Heading.OUTCOME_LIST;
            case "guided learning hours", "guided learning hours (glh)" -> Heading.GLH;
            case "assessment", "assessment method", "assessment methods" -> Heading.ASSESSMENT;
            case "learning outcomes and assessment criteria", "assessment criteria" -> Heading.CRITERIA;
            case "evidence requirements", "evidence requirement" -> Heading.EVIDENCE;
            case "teaching guidance", "delivery guidance", "guidance", "additional guidance", "range",
                    "assessment guidance", "additional assessment guidance", "guidance for delivery" -> Heading.GUIDANCE;
            default -> null;
        };
        return h == null ? Optional.empty() : Optional.of(new SectionHeading(h, s.replaceAll("[:.]$", ""), ""));
    }

    static Optional<OutcomeHeading> outcomeHeading(String line) {
        Matcher m = OUTCOME.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new OutcomeHeading(Integer.parseInt(m.group(1)), collapse(m.group(2))));
    }

    /** "- 1. Be able to…" in the list of learning outcomes. */
    static Optional<OutcomeHeading> listedOutcome(String line) {
        Matcher m = LISTED_OUTCOME.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new OutcomeHeading(Integer.parseInt(m.group(1)), collapse(m.group(2))));
    }

    /** "There are **four** learning outcomes to this unit": the number stated, if it can be read. */
    static OptionalInt statedOutcomes(String line) {
        Matcher m = STATED_OUTCOMES.matcher(line.replace("**", ""));
        if (!m.find()) return OptionalInt.empty();
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.chars().allMatch(Character::isDigit)) return OptionalInt.of(Integer.parseInt(word));
        Integer n = NUMBER_WORDS.get(word);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** "It is recommended that **33** hours…": the first number of hours in the text. */
    static OptionalInt hours(String text) {
        return intGroup(HOURS.matcher(text));
    }

    static boolean isLeadIn(String line) {
        return LEAD_IN.matcher(line).matches();
    }

    static Optional<Bullet> bullet(String line) {
        Matcher m = BULLET.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Bullet(m.group(1).replace("\t", "    ").length(), m.group(2).strip()));
    }

    static Optional<CriterionCode> criterionCode(String text) {
        Matcher m = CRITERION_CODE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String token = text.strip().substring(0, m.end(3));
        return Optional.of(new CriterionCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), token,
                !m.group(3).isEmpty(), collapse(m.group(4))));
    }

    /** "2 You may collect…": an evidence requirement's number and text. */
    static Optional<String[]> evidenceCode(String text) {
        Matcher m = EVIDENCE_CODE.matcher(text.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), collapse(m.group(2))}) : Optional.empty();
    }

    /** "a during routine delivery…": a lettered sub-item's letter and text. */
    static Optional<String[]> letterCode(String text) {
        Matcher m = LETTER_CODE.matcher(text.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), collapse(m.group(2))}) : Optional.empty();
    }

    /** Trimmed, runs of white space collapsed, bold markers ("**") of the text extraction removed. */
    static String collapse(String s) {
        if (isCollapsed(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i++;
            } else if (Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Already trimmed, single spaces only, no bold markers: most lines are, and need no copy. */
    private static boolean isCollapsed(String s) {
        if (s.isEmpty()) return true;
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c != ' ' && Character.isWhitespace(c) || c == ' ' && s.charAt(i + 1) == ' ') return false;
        }
        return true;
    }

    private static OptionalInt intGroup(Matcher m) {
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
