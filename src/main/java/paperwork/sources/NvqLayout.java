package paperwork.sources;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines of an NVQ standards text are, apart from codes: section headings, lead-in
 * sentences, theme sentences, page furniture, and the signs that a line continues the one before.
 */
final class NvqLayout {
    private static final Pattern AIM_HEADING =
            Pattern.compile("^\\s*((?i:what this unit is about|about this unit|unit summary|unit overview)"
                    // A bare "summary" or "overview" may end a wrapped title; set as a heading it has a capital.
                    + "|S(?i:ummary)|O(?i:verview))\\s*:?\\s*$");
    private static final Pattern KNOWLEDGE_HEADING = Pattern.compile(
            "^\\s*((?i:knowledge and understanding|what you (must|need to) know( and understand)?)"
            // "Knowledge" alone is a heading only when set as one: "knowledge" may end a wrapped title.
            + "|(Underpinning|UNDERPINNING|Required|REQUIRED) (?i:knowledge( and understanding)?)|K(?i:nowledge))\\s*:?\\s*$");
    private static final Pattern PERFORMANCE_LEAD_IN =
            Pattern.compile("(?i)(:|\\b(consistently|able to|must|should))\\s*$");
    private static final Pattern KNOWLEDGE_LEAD_IN = Pattern.compile("(?i)\\bknow and understand\\s*:?\\s*$");
    private static final Pattern THEME = Pattern.compile("(?i)\\bpart of the .+? theme of (.+?)\\.(\\s|$)");
    private static final Pattern NOISE =
            Pattern.compile("(?i)^\\s*([\\p{Punct}\\p{S}\u2022\u00b7\u2013\u2014\\s]+|page\\s+\\d+(\\s+of\\s+\\d+)?"
                    + "|[-\u2013\u2014(\\[]?\\s*\\d{1,4}\\s*[-\u2013\u2014)\\]]?)\\s*$");
    /** "Unit A1  Maintain … ........ 12", "A1.1 Show …\t12": a line of a list of contents (dot leaders or a tab, then a page number). */
    private static final Pattern CONTENTS_LINE = Pattern.compile("((\\.\\s?){4,}|\u2026+|\\t)\\s*\\d{1,4}\\s*$");
    /** "Reception NVQ Standards 2012      Page 3 of 9": a footer that ends with the page number. */
    private static final Pattern PAGE_FOOTER =
            Pattern.compile("(?i)(^|\\s{2,}|\\t|[|\u2013\u2014-]\\s*)page\\s+\\d{1,4}(\\s+of\\s+\\d{1,4})?\\s*$");
    /**
     * Sections that national standards print after the knowledge (or between elements) and that are
     * neither criteria nor knowledge: "Scope", "Behaviours", "Links to other NOS", "Evidence requirements"…
     * The heading may stand alone or open a line of text ("Scope: face to face").
     */
    private static final Pattern KNOWN_SECTION = Pattern.compile("(?i)^\\s*(scope(\\s*(and|/)\\s*range)?( statements?)?"
            + "|range( statements?)?|behaviours|values|skills|glossary|additional information|key ?words"
            + "|links to other (nos|national occupational standards|units|standards)( and qualifications)?"
            + "|(evidence|assessment) (requirements|guidance)( for this unit)?|guidance on evidence)"
            + "(\\s*[:\u2013\u2014]\\s*(?<rest>.*?)|\\s*)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(\u00a9|\\(c\\)\\s|copyright\\b)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u2019\u201d)\\]]*\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Words a sentence does not end with: an item ending so is cut short or wrapped. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "nor", "not", "of",
            "than", "whose");
    /** Words that open a phrase continuing the sentence before, never an item of its own. */
    private static final Set<String> CONTINUING = Set.of("such", "including", "and", "or", "but", "which", "who",
            "whose", "especially", "particularly", "e.g.", "i.e.", "etc");

    private static final String BULLETS = "\u2022\u00b7\u25aa\u25cf\u2013\u2014-*";

    /** A line repeated this often, short and not structural, is a running heading of the page. */
    private static final int FURNITURE_REPEATS = 3;
    private static final int FURNITURE_MAX_WORDS = 8;
    /** A line indented this far after a blank line is a wrapped line set out by hand in Word. */
    static final int WRAP_INDENT = 4;

    private final Map<String, Integer> furniture;

    private NvqLayout(Map<String, Integer> furniture) {
        this.furniture = furniture;
    }

    /**
     * Learns the text's page furniture: short lines, not starting in lower case, repeated throughout,
     * that are neither codes nor headings this format knows.
     */
    static NvqLayout of(SourceText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : text.lines()) {
            String key = normalise(line);
            if (key.isEmpty() || key.split(" ").length > FURNITURE_MAX_WORDS || key.endsWith(":")) continue;
            // Running heads are set like headings; a repeated lower-case line ("face to face") is content.
            if (Character.isLowerCase(line.strip().codePointAt(0))) continue;
            if (isStructural(line)) continue;
            counts.merge(key, 1, Integer::sum);
        }
        Map<String, Integer> furniture = new LinkedHashMap<>();
        counts.forEach((k, n) -> {
            if (n >= FURNITURE_REPEATS) furniture.put(k, n);
        });
        return new NvqLayout(furniture);
    }

    private static boolean isStructural(String line) {
        return NvqCodes.unitHeading(line).isPresent() || NvqCodes.parse(line).isPresent()
                || isAimHeading(line) || isKnowledgeHeading(line);
    }

    /** A line repeated throughout the text (a running heading), or noise such as a page number. */
    boolean isFurniture(String line) {
        return furniture.containsKey(normalise(line)) || isNoise(line);
    }

    /** "Page 3 of 40", "12", "•", a running title set apart from "Page 3 of 40", a copyright line: never content. */
    static boolean isNoise(String line) {
        return NOISE.matcher(line).matches() || PAGE_FOOTER.matcher(line).find() || COPYRIGHT.matcher(line).find();
    }

    static boolean isContentsLine(String line) {
        return CONTENTS_LINE.matcher(line).find();
    }

    /** A section heading this format knows to be neither criteria nor knowledge, and any text after it on its line. */
    record KnownSection(String heading, String rest) {
    }

    static Optional<KnownSection> knownSection(String line) {
        Matcher m = KNOWN_SECTION.matcher(line);
        if (!m.matches()) return Optional.empty();
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();
        return Optional.of(new KnownSection(collapse(m.group(1)), rest));
    }

    static boolean isAimHeading(String line) {
        return AIM_HEADING.matcher(line).matches();
    }

    static boolean isKnowledgeHeading(String line) {
        return KNOWLEDGE_HEADING.matcher(line).matches();
    }

    /** "When you … you must consistently:", "… you are able to:". */
    static boolean isPerformanceLeadIn(String paragraph) {
        return PERFORMANCE_LEAD_IN.matcher(paragraph).find();
    }

    /** "To be competent at … you must know and understand:". */
    static boolean isKnowledgeLeadIn(String paragraph) {
        return KNOWLEDGE_LEAD_IN.matcher(paragraph).find();
    }

    /** The theme's name in "This unit is part of the Customer Service Theme of Delivery.", if the sentence is there. */
    static Optional<String> themeName(String paragraph) {
        Matcher m = THEME.matcher(paragraph);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "Range", "Evidence requirements": a short capitalised line that is not a sentence. */
    static boolean isHeadingLike(String line) {
        String s = collapse(line);
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && s.split(" ").length <= FURNITURE_MAX_WORDS
                && ".,;".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    static int indent(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') n++;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }

    /** The text breaks off: it ends with "… and", "… the" or a colon that introduces a list. */
    static boolean endsDangling(CharSequence text) {
        String s = text.toString().strip();
        if (s.endsWith(":")) return true;
        int space = s.lastIndexOf(' ');
        return DANGLING.contains(s.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Does {@code next} carry on the sentence of {@code before}, wrapped onto a new line? Only when
     * {@code before} closes no sentence and either breaks off ("… and") or is as long as prose and
     * {@code next} opens in lower case; short lines ("face to face", "by telephone") are items of a list.
     */
    static boolean wrapsOnto(String before, String next) {
        if (SENTENCE_END.matcher(before).find()) return false;
        if (endsDangling(before)) return true;
        return collapse(before).split(" ").length > FURNITURE_MAX_WORDS && Character.isLowerCase(next.codePointAt(0));
    }

    /** The line carries on the sentence before: "such as …", "including …", or a bullet of a list in it. */
    static boolean startsAsContinuation(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        if (BULLETS.indexOf(s.charAt(0)) >= 0) return true;
        if (!Character.isLowerCase(s.codePointAt(0))) return false;
        int space = s.indexOf(' ');
        return CONTINUING.contains((space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** Trimmed, inner runs of white space collapsed: how item text is kept. */
    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The key a line is counted under: page numbers and dates vary from page to page, so every number reads alike. */
    static String normalise(String line) {
        return DIGITS.matcher(collapse(line).toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
