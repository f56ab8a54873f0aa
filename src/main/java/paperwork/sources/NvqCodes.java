package paperwork.sources;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering of national standards in NVQ form: unit headings ("Unit D16   Develop…"), element
 * codes (D16.1), performance-criterion codes (d16.1.1) and knowledge codes (d16a, d16aa).
 * Codes are read leniently (stray spaces, wrong case) so that the parser can repair them and say so.
 */
final class NvqCodes {

    enum Kind { ELEMENT, CRITERION, KNOWLEDGE }

    /** "Unit F4    Demonstrate understanding…": the id's letters and number, and the title as printed (may be empty). */
    record UnitHeading(String letters, int number, String title) {
        String id() {
            return letters + number;
        }
    }

    /**
     * A code as printed at the start of a line.
     *
     * @param token     the code exactly as printed, e.g. "d3.1 3"
     * @param letters   the unit letters as printed, e.g. "d"
     * @param unit      the unit number part, e.g. 3
     * @param element   the element number (0 for knowledge codes)
     * @param number    the criterion number (0 for elements and knowledge)
     * @param knowledge the knowledge letters, e.g. "aa" (null unless a knowledge code)
     * @param rest      the text printed after the code on the same line ("" when none)
     */
    record PrintedCode(Kind kind, String token, String letters, int unit, int element, int number,
            String knowledge, String rest) {

        /** "(a1.1.1)", "a1.1.1.": punctuation round the code, which codes of this format never carry. */
        boolean hasStrayPunctuation() {
            return token.startsWith("(") || ".):".indexOf(token.charAt(token.length() - 1)) >= 0;
        }

        boolean hasStraySpace() {
            return token.chars().anyMatch(Character::isWhitespace);
        }

        boolean belongsTo(UnitHeading heading) {
            return letters.equalsIgnoreCase(heading.letters()) && unit == heading.number();
        }

        /** True when the letters are printed in the case this kind of code uses (elements upper, others lower). */
        boolean hasConventionalCase() {
            String expected = kind == Kind.ELEMENT ? letters.toUpperCase(Locale.ROOT) : letters.toLowerCase(Locale.ROOT);
            return letters.equals(expected);
        }
    }

    private static final Pattern UNIT_HEADING =
            Pattern.compile("^\\s*(?i:unit)\\s+([A-Z]{1,3})\\s*(\\d{1,3})(?![\\d.])\\s*[:.\\-\u2013\u2014]?\\s*(.*)$");
    /** "(a1.1.1)", "a1.1.1.", "A1.2:": punctuation printed around a code, read past and reported. */
    private static final String OPEN = "\\(?";
    private static final String CLOSE = "[.):]?(?=\\s|$)";
    /** "A1.2 – Title": a dash between the code and its text is not part of the text. */
    private static final String SEPARATOR = "\\s*(?:[\u2013\u2014-]\\s+)?";
    private static final Pattern CRITERION = Pattern.compile("^" + OPEN
            + "([A-Za-z]{1,3})(\\s?)(\\d{1,3})\\s?\\.\\s?(\\d{1,2})(\\s?\\.\\s?|\\s)(\\d{1,2})" + CLOSE + SEPARATOR + "(.*)$");
    private static final Pattern ELEMENT = Pattern.compile("^" + OPEN
            + "([A-Za-z]{1,3})(\\s?)(\\d{1,3})\\s?\\.\\s?(\\d{1,2})" + CLOSE + SEPARATOR + "(.*)$");
    private static final Pattern KNOWLEDGE = Pattern.compile("^" + OPEN
            + "([A-Za-z]{1,3})(\\s?)(\\d{1,3})([a-z]{1,2})" + CLOSE + SEPARATOR + "(.*)$");
    /** "Element A1.2  Title": some printings name the element before its code. */
    private static final Pattern ELEMENT_WORD = Pattern.compile("(?i)element\\s+(?=[a-z]{1,3}\\s?\\d)");
    /** "f1 a" alone on its line: a knowledge code with a stray space (with text after it, it would be a sentence). */
    private static final Pattern KNOWLEDGE_SPACED = Pattern.compile("^([a-z])(\\s?)(\\d{1,3})\\s([a-z]{1,2})$");

    private static final Pattern STRICT_ELEMENT = Pattern.compile("^\\s*[A-Z]{1,3}\\d{1,3}\\.\\d{1,2}(\\s.*)?$");
    private static final Pattern STRICT_CRITERION = Pattern.compile("^\\s*[a-z]{1,3}\\d{1,3}\\.\\d{1,2}\\.\\d{1,2}(\\s.*)?$");

    private NvqCodes() {
    }

    static Optional<UnitHeading> unitHeading(String line) {
        Matcher m = UNIT_HEADING.matcher(line);
        if (!m.matches()) return Optional.empty();
        String title = m.group(3).strip();
        // "Unit B7 directly relates to…" is a sentence, not a heading: titles start with a capital.
        if (!title.isEmpty() && !Character.isUpperCase(title.codePointAt(0))) return Optional.empty();
        return Optional.of(new UnitHeading(m.group(1), Integer.parseInt(m.group(2)), title));
    }

    /** The code at the start of {@code line}, if the line starts with one. */
    static Optional<PrintedCode> parse(String line) {
        String s = line.strip();
        Matcher named = ELEMENT_WORD.matcher(s);
        if (named.lookingAt()) return element(s.substring(named.end()));
        Matcher m = CRITERION.matcher(s);
        if (m.matches() && strayLetterSpaceAllowed(m.group(1), m.group(2))) {
            boolean spaceForDot = !m.group(5).contains(".");
            // "D15.1 2 ways…" would be an element whose title starts with a number, not a criterion.
            if (!spaceForDot || m.group(7).isEmpty() || Character.isLowerCase(m.group(1).charAt(0))) {
                return Optional.of(new PrintedCode(Kind.CRITERION, token(s, m.end(6)), m.group(1),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(6)),
                        null, m.group(7).strip()));
            }
        }
        Optional<PrintedCode> element = element(s);
        if (element.isPresent()) return element;
        m = KNOWLEDGE.matcher(s);
        if (!m.matches()) m = KNOWLEDGE_SPACED.matcher(s);
        if (m.matches() && strayLetterSpaceAllowed(m.group(1), m.group(2))) {
            String rest = m.groupCount() >= 5 ? m.group(5).strip() : "";
            return Optional.of(new PrintedCode(Kind.KNOWLEDGE, token(s, m.end(4)), m.group(1),
                    Integer.parseInt(m.group(3)), 0, 0, m.group(4), rest));
        }
        return Optional.empty();
    }

    private static Optional<PrintedCode> element(String s) {
        Matcher m = ELEMENT.matcher(s);
        if (!m.matches() || !strayLetterSpaceAllowed(m.group(1), m.group(2))) return Optional.empty();
        return Optional.of(new PrintedCode(Kind.ELEMENT, token(s, m.end(4)), m.group(1),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 0, null, m.group(5).strip()));
    }

    /** A space between letters and number ("b 7.2.1") is a stray space only after a single letter. */
    private static boolean strayLetterSpaceAllowed(String letters, String space) {
        return space.isEmpty() || letters.length() == 1;
    }

    /** The code as printed: up to the end of its last number, and the punctuation printed round it. */
    private static String token(String s, int end) {
        int to = end;
        if (to < s.length() && ".):".indexOf(s.charAt(to)) >= 0) to++;
        return s.substring(0, to);
    }

    /** Cheap format-level test: is this line an element code (A10.1) as this format prints it? */
    static boolean isStrictElementLine(String line) {
        return STRICT_ELEMENT.matcher(line).matches();
    }

    /** Cheap format-level test: is this line a performance-criterion code (a10.1.1) as this format prints it? */
    static boolean isStrictCriterionLine(String line) {
        return STRICT_CRITERION.matcher(line).matches();
    }

    static String elementCode(UnitHeading unit, int element) {
        return unit.letters().toUpperCase(Locale.ROOT) + unit.number() + "." + element;
    }

    static String criterionCode(UnitHeading unit, int element, int number) {
        return unit.letters().toLowerCase(Locale.ROOT) + unit.number() + "." + element + "." + number;
    }

    static String knowledgeCode(UnitHeading unit, String letters) {
        return unit.letters().toLowerCase(Locale.ROOT) + unit.number() + letters;
    }

    /** Knowledge letters in printed order: a=0 … z=25, aa=26, ab=27 … zz=701. */
    static int letterIndex(String letters) {
        if (letters.length() == 1) return letters.charAt(0) - 'a';
        return 26 * (letters.charAt(0) - 'a' + 1) + (letters.charAt(1) - 'a');
    }

    static String letters(int index) {
        if (index < 26) return String.valueOf((char) ('a' + index));
        return "" + (char) ('a' + index / 26 - 1) + (char) ('a' + index % 26);
    }
}
