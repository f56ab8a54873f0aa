package paperwork.sources;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines of an awarding body's qualification specification are: key facts, headings,
 * unit headings and facts, table headers and rows. Every pattern of the format is here, once.
 */
final class QualSpecPatterns {
    /** A Qualification Accreditation Number, 601/4027/6. */
    static final Pattern QAN = Pattern.compile("\\b(\\d{3}/\\d{4}/\\d)\\b");
    /** A Unit Accreditation Number, L/506/2150. */
    static final Pattern UAN = Pattern.compile("\\b([A-Z]/\\d{3}/\\d{4})\\b");
    private static final Pattern QAN_LINE = Pattern.compile(
            "(?i)^\\s*(qualification (accreditation )?number|QAN|qualification number \\(QAN\\))\\s*:?\\s*(\\d{3}/\\d{4}/\\d)\\s*$");
    /** "Credit Value:\t55": a label, a colon, a value. */
    private static final Pattern KEY_FACT = Pattern.compile("^\\s*([A-Z][A-Za-z()/ '-]{1,50}?)\\s*:\\s*(\\S.*)$");
    /** "Introduction\t3": a contents entry, a title and a page number after a tab. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^[^\\t:]*(\\d+:[^\\t]*)?\\t+\\d{1,3}$");
    private static final Pattern APPENDIX = Pattern.compile("(?i)^\\s*appendix\\s+\\w+\\s*[:.\\-\u2013]\\s*(.+?)\\s*$");
    /** "Unit 1: Organise and deliver customer service". */
    private static final Pattern UNIT_HEADING = Pattern.compile("^\\s*Unit\\s+(\\d{1,3}[A-Za-z]?)\\s*[:.\u2013-]\\s+(\\S.*?)\\s*$");
    private static final Pattern UNIT_FACT = Pattern.compile("(?i)^\\s*(unit number|unit reference( number)?|unit ref|"
            + "UAN|unit accreditation number|credits?( value)?|GLH|guided learning hours|level|TQT|total qualification time|"
            + "unit aim|aim)\\s*:\\s*(\\S.*?)\\s*$");
    /** The header of a unit's outcome table: two columns, outcomes and criteria. */
    private static final Pattern TABLE_HEADER =
            Pattern.compile("(?i)^\\s*learning outcomes?\\s*\\t+\\s*assessment criteria\\s*$");
    /** The second header row: "<i>The learner will</i>\t<i>The learner can</i>". */
    private static final Pattern TABLE_SUBHEADER =
            Pattern.compile("(?i)^\\s*(<i>)?\\s*the learner will\\s*(</i>)?\\s*\\t+\\s*(<i>)?\\s*the learner can\\s*(</i>)?\\s*$");
    private static final Pattern GROUP_HEADING = Pattern.compile(
            "(?i)^\\s*((mandatory|optional)(\\s+units)?(\\s+group(\\s+[A-Z0-9]{1,2})?)?|group\\s+[A-Z0-9]{1,2}"
            + "(\\s*[:\u2013-]\\s*(mandatory|optional)( units)?)?)\\s*$");
    /** "Assessment Record Sheet", "Evidence Tracking Sheets": sample paperwork, never a unit. */
    private static final Pattern SAMPLE_HEADING = Pattern.compile(
            "(?i)^\\s*[\\w/ ]{0,40}\\b(record sheets?|tracking sheets?|action plan( sheets?)?|sample assessment material"
            + "|sample paperwork)\\s*$");
    private static final Pattern GUIDANCE_HEADING = Pattern.compile(
            "(?i)^\\s*(additional )?(assessment )?(guidance|requirements)[A-Za-z /]*:?\\s*$");
    private static final Pattern STATED_OUTCOMES = Pattern.compile(
            "(?i)\\bthere (are|is) \\**(\\w+)\\** learning outcomes?\\b");
    private static final Pattern VERSION = Pattern.compile("(?i)^\\s*version\\s+(\\d[\\w.]*)\\b.*$");
    private static final Pattern LEVEL_IN_TITLE = Pattern.compile("(?i)\\blevel\\s+(\\d)\\b");
    private static final Pattern QUALIFICATION_TITLE = Pattern.compile(
            "(?i)^\\s*(.*?\\blevel\\s+\\d\\b.*\\b(diploma|certificate|award|extended certificate|NVQ|qualification)\\b.*?)\\s*$");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"};

    private QualSpecPatterns() {
    }

    record Fact(String label, String value) {
    }

    record UnitHeading(String number, String title) {
    }

    static Optional<String> qanLine(String line) {
        Matcher m = QAN_LINE.matcher(line);
        return m.matches() ? Optional.of(m.group(3)) : Optional.empty();
    }

    static Optional<Fact> keyFact(String line) {
        Matcher m = KEY_FACT.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Fact(m.group(1).strip(), collapse(m.group(2))));
    }

    static boolean isContentsEntry(String line) {
        int last = line.length() - 1;
        if (last < 2 || !Character.isDigit(line.charAt(last)) || line.indexOf('\t') < 0 || line.length() > 120) return false;
        return CONTENTS_ENTRY.matcher(line).matches();
    }

    /** The title of an appendix heading, "Appendix 1: Rules of Combination" → "Rules of Combination". */
    static Optional<String> appendix(String line) {
        Matcher m = APPENDIX.matcher(line);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isRulesHeading(String line) {
        String s = lower(line);
        return s.contains("rules of combination") && s.split(" ").length <= 8 && !s.contains("\t");
    }

    static Optional<UnitHeading> unitHeading(String line) {
        Matcher m = UNIT_HEADING.matcher(line);
        if (!m.matches() || line.contains("\t")) return Optional.empty();
        return Optional.of(new UnitHeading(m.group(1), collapse(m.group(2))));
    }

    static Optional<Fact> unitFact(String line) {
        Matcher m = UNIT_FACT.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Fact(collapse(m.group(1)).toLowerCase(Locale.ROOT), collapse(m.group(4))));
    }

    static boolean isTableHeader(String line) {
        return TABLE_HEADER.matcher(line).matches();
    }

    static boolean isTableSubheader(String line) {
        return TABLE_SUBHEADER.matcher(line).matches();
    }

    static boolean isGroupHeading(String line) {
        return GROUP_HEADING.matcher(line).matches();
    }

    static boolean isSampleHeading(String line) {
        return line.length() <= 60 && !line.contains("\t") && SAMPLE_HEADING.matcher(line).matches();
    }

    static boolean isGuidanceHeading(String line) {
        return GUIDANCE_HEADING.matcher(line).matches();
    }

    /** "There are four learning outcomes to this unit" → 4. */
    static Optional<Integer> statedOutcomes(String line) {
        Matcher m = STATED_OUTCOMES.matcher(line);
        if (!m.find()) return Optional.empty();
        return number(m.group(2));
    }

    static Optional<String> version(String line) {
        Matcher m = VERSION.matcher(line);
        return m.matches() ? Optional.of(collapse(line)) : Optional.empty();
    }

    /** A short line, not a sentence, naming a qualification at a level: "HABC Level 3 Diploma in Customer Service (QCF)". */
    static Optional<String> qualificationTitle(String line) {
        String s = line.strip();
        if (line.contains("\t") || s.contains(":") || s.endsWith(".") || s.split("\\s+").length > 16) return Optional.empty();
        Matcher m = QUALIFICATION_TITLE.matcher(line);
        return m.matches() ? Optional.of(collapse(m.group(1))) : Optional.empty();
    }

    static Integer levelInTitle(String title) {
        Matcher m = LEVEL_IN_TITLE.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The awarding body as it names itself before "Level": "HABC Level 3 Diploma…" → "HABC". */
    static String awardingBodyInTitle(String title) {
        Matcher m = LEVEL_IN_TITLE.matcher(title);
        if (!m.find() || m.start() == 0) return null;
        String before = title.substring(0, m.start()).strip();
        return before.isEmpty() ? null : before;
    }

    /** "12", "twelve", "**four**" → the number. */
    static Optional<Integer> number(String word) {
        String w = word.replace("*", "").strip().toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,4}")) return Optional.of(Integer.valueOf(w));
        for (int i = 0; i < NUMBER_WORDS.length; i++) if (NUMBER_WORDS[i].equals(w)) return Optional.of(i);
        return Optional.empty();
    }

    /** The first whole number in a value, "5 credits" → 5; null when there is none. */
    static Integer firstInt(String value) {
        Matcher m = DIGITS.matcher(value == null ? "" : value);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    /** "Credit Value" → "creditValue": a metadata key. */
    static String key(String label) {
        String[] words = label.replaceAll("[^A-Za-z0-9 ]", " ").strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    /** Markdown bold markers (**31 credits**) dropped, bullets dropped, white space collapsed. */
    static String plain(String line) {
        String s = line.replace("**", "").strip();
        while (s.startsWith("-") || s.startsWith("\u2022") || s.startsWith("*")) s = s.substring(1).strip();
        return collapse(s);
    }

    /** "sources/habc-spec.txt" → "habc-spec": ids derived from the file. */
    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    static String collapse(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    static String lower(String s) {
        return collapse(s).toLowerCase(Locale.ROOT);
    }

    /** Typographic quotes made plain, case folded: titles that differ only so are the same title. */
    static String comparable(String title) {
        return lower(title.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-'));
    }
}
