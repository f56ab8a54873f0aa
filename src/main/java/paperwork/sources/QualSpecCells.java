package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The cells of a specification's outcome table. A cell is either an HTML fragment left by the PDF
 * extraction ({@code <p>1.1 Explain…</p> <p>1.2 …</p>}, {@code <i>}, entities) or plain text with
 * several criteria run together on one line ("1.1 Explain … 1.2 Describe …"). Both become
 * paragraphs of plain text, and a criteria paragraph is split where a criterion code starts.
 */
final class QualSpecCells {
    private static final Pattern HTML = Pattern.compile("(?i)<\\s*/?\\s*(p|i|b|em|strong|br|span|u|ul|li|div)\\b[^>]*>|&[#\\w]+;");
    /** "3. Be able to…", "3 Be able to…": an outcome's number and title. */
    private static final Pattern OUTCOME = Pattern.compile("^(?:LO\\s?)?(\\d{1,2})\\s*[.):]?\\s+(\\S.*)$");
    /** "1.1", "1.1.", "2.10", "1 .2": a criterion code where one may start. */
    private static final Pattern CRITERION_CODE = Pattern.compile("(?<![\\w.])(\\d{1,2})\\s?\\.\\s?(\\d{1,2})\\.?(?=\\s|$)");
    /** Nothing but text and bare p, i, b tags: no attributes, no entities, no other markup. */
    private static final Pattern SIMPLE_MARKUP = Pattern.compile("(?i)([^<&>]|</?(p|i|b|em|strong)>)*");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("(?i)</?p>");
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(i|b|em|strong)>");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "li", "ul", "ol", "div", "br", "table", "tr", "td");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-\u2022\u25aa*]\\s*");

    private QualSpecCells() {
    }

    /** A criterion as printed in a cell: its code (null when none was printed) and its text. */
    record PrintedCriterion(Integer major, Integer minor, String printed, String text) {
    }

    record PrintedOutcome(Integer code, String printed, String title) {
    }

    /**
     * The plain-text paragraphs of a cell: one per {@code <p>} (or {@code <li>}), text between them
     * a paragraph of its own, inline markup dropped, entities decoded. Markup of bare {@code <p>},
     * {@code <i>} and {@code <b>} tags with no entity, the usual case, is split here directly:
     * jsoup gives the same paragraphs but costs far more per cell.
     */
    static List<String> paragraphs(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) return List.of();
        if (!HTML.matcher(s).find()) return List.of(QualSpecPatterns.collapse(s));
        List<String> out = new ArrayList<>();
        if (SIMPLE_MARKUP.matcher(s).matches()) {
            for (String part : PARAGRAPH_TAG.split(s)) add(out, INLINE_TAG.matcher(part).replaceAll(""));
            return out;
        }
        StringBuilder inline = new StringBuilder();
        blocks(Jsoup.parseBodyFragment(s).body(), out, inline);
        add(out, inline.toString());
        return out;
    }

    private static void blocks(Element parent, List<String> out, StringBuilder inline) {
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                add(out, inline.toString());
                inline.setLength(0);
                if (e.normalName().equals("p") || e.normalName().equals("li")) {
                    StringBuilder inner = new StringBuilder();
                    blocks(e, out, inner);
                    add(out, inner.toString());
                } else {
                    blocks(e, out, inline);
                    add(out, inline.toString());
                    inline.setLength(0);
                }
            } else if (node instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (node instanceof Element e) {
                inline.append(e.wholeText());
            }
        }
    }

    private static void add(List<String> out, String text) {
        String s = QualSpecPatterns.collapse(text.replace('\u00a0', ' '));
        if (!s.isEmpty()) out.add(s);
    }

    /** The cell as one line of plain text. */
    static String plainText(String cell) {
        return String.join(" ", paragraphs(cell));
    }

    /** "1. Understand how to…" → 1 and the title; an outcome printed without a number has a null code. */
    static Optional<PrintedOutcome> outcome(String cell) {
        String s = plainText(cell);
        if (s.isEmpty()) return Optional.empty();
        Matcher m = OUTCOME.matcher(s);
        if (m.matches()) return Optional.of(new PrintedOutcome(Integer.valueOf(m.group(1)), m.group(1), m.group(2)));
        return Optional.of(new PrintedOutcome(null, "", s));
    }

    /** A line of an outcome printed outside its table: "3. Be able to…" alone on its line. */
    static Optional<PrintedOutcome> outcomeLine(String line) {
        String s = QualSpecPatterns.collapse(line);
        if (BULLET.matcher(line).find() || CRITERION_CODE.matcher(s).lookingAt()) return Optional.empty();
        Matcher m = OUTCOME.matcher(s);
        if (!m.matches() || !Character.isUpperCase(m.group(2).codePointAt(0))) return Optional.empty();
        return Optional.of(new PrintedOutcome(Integer.valueOf(m.group(1)), m.group(1), m.group(2)));
    }

    /** "- 3.1 Evaluate…": a criterion printed as a bullet or line of its own, outside a table. */
    static boolean isCriterionLine(String line) {
        String s = BULLET.matcher(line).replaceFirst("");
        return CRITERION_CODE.matcher(s).lookingAt();
    }

    static String withoutBullet(String line) {
        return BULLET.matcher(line).replaceFirst("");
    }

    /**
     * Splits a criteria paragraph at every criterion code. A code inside the text starts a new
     * criterion only when a capital follows and it is in sequence: its first number is the outcome's
     * ({@code expectedMajor}) or its second follows the code before, so "within 2.5 days" stays text. Text before the first code is a criterion printed
     * without one (code null).
     */
    static List<PrintedCriterion> criteria(String paragraph, int expectedMajor) {
        List<PrintedCriterion> out = new ArrayList<>();
        Matcher m = CRITERION_CODE.matcher(paragraph);
        int textStart = 0;
        Integer major = null;
        Integer minor = null;
        String printed = null;
        while (m.find()) {
            boolean atStart = paragraph.substring(0, m.start()).isBlank();
            int after = m.end();
            while (after < paragraph.length() && paragraph.charAt(after) == ' ') after++;
            boolean capitalFollows = after < paragraph.length() && Character.isUpperCase(paragraph.codePointAt(after));
            int thisMajor = Integer.parseInt(m.group(1));
            int thisMinor = Integer.parseInt(m.group(2));
            boolean inSequence = thisMajor == expectedMajor || minor != null && thisMinor == minor + 1;
            if (!atStart && !(inSequence && capitalFollows)) continue;
            String before = paragraph.substring(textStart, m.start()).strip();
            if (!before.isEmpty() || printed != null) out.add(new PrintedCriterion(major, minor, printed, before));
            major = thisMajor;
            minor = Integer.valueOf(m.group(2));
            printed = m.group().strip();
            textStart = m.end();
        }
        String rest = paragraph.substring(textStart).strip();
        if (!rest.isEmpty() || printed != null) out.add(new PrintedCriterion(major, minor, printed, rest));
        return out;
    }
}
