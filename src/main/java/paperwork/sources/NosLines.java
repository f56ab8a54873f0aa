package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * What the lines of a National Occupational Standard are: section headings ("Overview",
 * "Performance criteria"), lead-in sentences ("You must be able to:"), rows of the metadata table,
 * and performance (P1) or knowledge (K1) codes inside text or {@code <ul>} fragments.
 */
final class NosLines {
    enum Section { PREAMBLE, OVERVIEW, PERFORMANCE, KNOWLEDGE, OTHER, METADATA }

    /** A section heading alone on its line (or in the first cell of a table row). */
    private static final Pattern HEADING_ALONE = Pattern.compile("(?i)^(overview|performance criteria|"
            + "knowledge and understanding|scope\\s*/\\s*range(\\s+related to (performance criteria|knowledge and "
            + "understanding))?|scope|range|values|behaviours|skills|glossary|links to other nos|external links|"
            + "additional information|scope\\s*/\\s*range\\s+\\S.*)\\s*:?$");
    /** The three headings that may be followed by their text on the same line. */
    private static final Pattern HEADING_WITH_TEXT =
            Pattern.compile("(?i)^(overview|performance criteria|knowledge and understanding)\\s*:?\\s+(\\S.*)$");
    private static final Pattern PERFORMANCE_LEAD_IN = Pattern.compile("(?i)^you must be able to\\s*:?\\s*");
    private static final Pattern KNOWLEDGE_LEAD_IN = Pattern.compile("(?i)^you need to know and understand\\s*:?\\s*");
    /** Keys of the metadata table printed under every NOS. */
    private static final Pattern METADATA_KEY = Pattern.compile("(?i)^(developed by|version( number)?|date approved|"
            + "indicative review date|validity|status|originating organi[sz]ation|original urn|urn|"
            + "relevant occupations|suite|key ?words)\\s*:?$");
    private static final Pattern METADATA_KEY_COLON = Pattern.compile("(?i)^(developed by|version number|"
            + "date approved|indicative review date|originating organi[sz]ation|original urn|relevant occupations|"
            + "key ?words)\\s*:\\s*(\\S.*)$");
    /** "Developed by Skills CFA" as a PDF export prints the table: key, spaces, value. */
    private static final Pattern METADATA_KEY_SPACE = Pattern.compile("(?i)^(developed by|version number|"
            + "date approved|indicative review date|validity|status|originating organi[sz]ation|original urn|urn|"
            + "relevant occupations|suite|key ?words)\\s+(\\S.*)$");
    /** A NOS code: an organisation prefix of capitals and a number (CFACSD4, SFHGEN22, SCDHSC0021). */
    static final Pattern NOS_CODE = Pattern.compile("[A-Z]{3,}[A-Z0-9]*\\d+[A-Z]?");
    private static final Pattern CODE_THEN_TITLE = Pattern.compile("^(" + NOS_CODE.pattern() + ")(\\s+(\\S.*))?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_MARKS = Pattern.compile("^(\\s*(>|#{1,6})\\s*)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NosLines() {
    }

    /** A section heading and any text printed after it on the same line. */
    record Heading(Section section, String name, String rest) {
    }

    /** One run of an item's text: the codes printed before it (none for a continuation) and the text. */
    record CodedRun(List<String> codes, String text) {
    }

    /** The line without quote or heading marks, split into its tab-separated cells, tags removed. */
    static List<String> cells(String line) {
        String s = BLOCK_MARKS.matcher(line).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String cell : s.split("\t")) out.add(plain(cell));
        return out;
    }

    /** HTML fragments ({@code <ul><li>}, entities) read as plain text with single spaces. */
    static String plain(String cell) {
        String s = cell;
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll(" ");
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static Optional<Heading> heading(String cell) {
        Matcher alone = HEADING_ALONE.matcher(cell);
        if (alone.matches()) return Optional.of(new Heading(sectionOf(alone.group(1)), alone.group(1), ""));
        Matcher withText = HEADING_WITH_TEXT.matcher(cell);
        if (withText.matches()) {
            return Optional.of(new Heading(sectionOf(withText.group(1)), withText.group(1), withText.group(2)));
        }
        return Optional.empty();
    }

    private static Section sectionOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("overview")) return Section.OVERVIEW;
        if (n.equals("performance criteria")) return Section.PERFORMANCE;
        if (n.equals("knowledge and understanding")) return Section.KNOWLEDGE;
        return Section.OTHER;
    }

    /** The text after a lead-in sentence, or the text itself when it has none. */
    static String withoutLeadIn(String cell) {
        String s = PERFORMANCE_LEAD_IN.matcher(cell).replaceFirst("");
        return KNOWLEDGE_LEAD_IN.matcher(s).replaceFirst("");
    }

    static boolean isMetadataKey(String cell) {
        return METADATA_KEY.matcher(cell).matches();
    }

    /** "Developed by: Skills CFA" printed without a table: key and value. */
    static Optional<String[]> metadataWithColon(String cell) {
        Matcher m = METADATA_KEY_COLON.matcher(cell);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** "Developed by Skills CFA": key and value, to be trusted only where the metadata table may begin. */
    static Optional<String[]> metadataWithSpace(String cell) {
        Matcher m = METADATA_KEY_SPACE.matcher(cell);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** "Original URN" becomes {@code originalUrn}, "Key words" {@code keyWords}. */
    static String metadataName(String printedKey) {
        String[] words = printedKey.replace(":", "").strip().toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return switch (b.toString()) {
            case "keywords" -> "keyWords";
            case "version" -> "versionNumber";
            case "originatingOrganization" -> "originatingOrganisation";
            default -> b.toString();
        };
    }

    /** "CFACSD4" or "CFACSD4 Support on-line customer service" at the top of the text. */
    static Optional<String[]> codeThenTitle(String cell) {
        Matcher m = CODE_THEN_TITLE.matcher(cell);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(3)}) : Optional.empty();
    }

    /** The pattern of a code of this letter (P or K) standing alone as a word. */
    static Pattern codePattern(char letter) {
        return Pattern.compile("(?<![\\p{L}\\p{N}\\-/])" + letter + "(\\d{1,3})(?![\\p{L}\\p{N}\\-/])");
    }

    /**
     * Splits a cell at its codes: "P9 a P10 b" is two runs; "K1 K2" is one run of two codes with
     * no text yet; text before the first code is a run without codes.
     */
    static List<CodedRun> runs(String cell, Pattern code) {
        List<CodedRun> out = new ArrayList<>();
        Matcher m = code.matcher(cell);
        int textStart = 0;
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            String between = cell.substring(textStart, m.start()).strip();
            if (!between.isEmpty()) {
                out.add(new CodedRun(List.copyOf(codes), between));
                codes.clear();
            }
            codes.add(m.group());
            textStart = m.end();
        }
        String tail = cell.substring(textStart).strip();
        if (!tail.isEmpty() || !codes.isEmpty()) out.add(new CodedRun(List.copyOf(codes), tail));
        return out;
    }

    static int number(String code) {
        return Integer.parseInt(code.substring(1));
    }

    static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
