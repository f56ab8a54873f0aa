package paperwork.office;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word files assembled from prepared ones, as a mail merge does: a document laid out once with
 * placeholder fields ({@link #field}) is split into its body and the rest of its package; new
 * documents join the bodies of several prepared documents and put the real values in place of the
 * fields. Laying a document out with POI costs about ten times more than this, and most of a
 * learner's forms are the same for every learner. Callers must check the result against a document
 * laid out directly (see {@code LearnerFormsWord}), because a template may do anything with a field.
 */
public final class DocxMerge {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final String DOCUMENT = "word/document.xml";
    private static final String BODY_START = "<w:body>";
    private static final String BODY_END = "</w:body>";
    private static final String SECTION = "<w:sectPr";
    /** U+E000 in UTF-8: a part holding these bytes holds a field. */
    private static final byte[] OPEN_UTF8 = String.valueOf(OPEN).getBytes(StandardCharsets.UTF_8);

    /**
     * A prepared document: {@code start} is {@code document.xml} up to and including
     * {@code <w:body>}, {@code body} the paragraphs and tables, {@code end} the final section
     * properties to the end; {@code parts} every other part of the package.
     */
    public record Pieces(Map<String, byte[]> parts, String start, String body, String end) {
        public Pieces {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    private DocxMerge() {
    }

    /** The placeholder for a field: text that comes through the templates and POI unchanged. */
    public static String field(String name) {
        return OPEN + name + String.valueOf(CLOSE);
    }

    /**
     * True when a value can stand in a field's place as it is: text the layout would not change
     * (white space a browser keeps, no control characters, no placeholder characters) and not empty
     * (a template may print an empty field another way).
     */
    public static boolean fillable(String value) {
        if (value == null || value.isEmpty() || !value.equals(value.strip()) || value.contains("  ") || value.contains("]]>")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == OPEN || c == CLOSE || c == '\u00a0' || Character.isWhitespace(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a Word file written by {@link DocxWriter}; empty when it has not the expected shape or
     * holds a placeholder that is not one of {@code fields} whole (a template changed it).
     */
    public static Optional<Pieces> split(byte[] docx, Set<String> fields) {
        Map<String, byte[]> parts = ReproducibleZip.entries(docx);
        byte[] documentBytes = parts.remove(DOCUMENT);
        if (documentBytes == null) return Optional.empty();
        String document = new String(documentBytes, StandardCharsets.UTF_8);
        int bodyStart = document.indexOf(BODY_START);
        int bodyEnd = document.lastIndexOf(BODY_END);
        if (bodyStart < 0 || bodyEnd < bodyStart) return Optional.empty();
        int section = document.lastIndexOf(SECTION, bodyEnd);
        if (section < bodyStart || !document.substring(section, bodyEnd).endsWith("</w:sectPr>")) return Optional.empty();
        if (!wellFormedFields(document, fields)) return Optional.empty();
        for (byte[] part : parts.values()) {
            if (ByteSearch.indexOf(part, OPEN_UTF8) >= 0 && !wellFormedFields(new String(part, StandardCharsets.UTF_8), fields)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Pieces(parts, document.substring(0, bodyStart + BODY_START.length()),
                document.substring(bodyStart + BODY_START.length(), section), document.substring(section)));
    }

    /**
     * The Word file of {@code skeleton}'s package with {@code bodies} joined as its body and every
     * field filled in with its value (escaped as XML text).
     */
    public static byte[] assemble(Pieces skeleton, List<String> bodies, Map<String, String> values, Instant created) {
        StringBuilder document = new StringBuilder(skeleton.start().length() + skeleton.end().length()
                + bodies.stream().mapToInt(String::length).sum() + 1024);
        fill(skeleton.start(), values, document);
        for (String body : bodies) fill(body, values, document);
        fill(skeleton.end(), values, document);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> p : skeleton.parts().entrySet()) {
            byte[] bytes = p.getValue();
            if (ByteSearch.indexOf(bytes, OPEN_UTF8) >= 0) {
                StringBuilder filled = new StringBuilder(bytes.length + 256);
                fill(new String(bytes, StandardCharsets.UTF_8), values, filled);
                bytes = filled.toString().getBytes(StandardCharsets.UTF_8);
            }
            parts.put(p.getKey(), bytes);
        }
        parts.put(DOCUMENT, document.toString().getBytes(StandardCharsets.UTF_8));
        return ReproducibleZip.write(parts, created);
    }

    /** Appends {@code xml} with each field replaced by its value; a field without a value stays. */
    static void fill(String xml, Map<String, String> values, StringBuilder out) {
        int from = 0;
        for (int open = xml.indexOf(OPEN); open >= 0; open = xml.indexOf(OPEN, from)) {
            int close = xml.indexOf(CLOSE, open);
            String value = close < 0 ? null : values.get(xml.substring(open + 1, close));
            if (value == null) {
                out.append(xml, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(xml, from, open);
            escape(value, out);
            from = close + 1;
        }
        out.append(xml, from, xml.length());
    }

    /** As POI's XML writer (XMLBeans) escapes text: '&' and '<' (and '>' only after "]]", refused by {@link #fillable}). */
    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                default -> out.append(c);
            }
        }
    }

    private static boolean wellFormedFields(String xml, Set<String> fields) {
        for (int open = xml.indexOf(OPEN); open >= 0; open = xml.indexOf(OPEN, open + 1)) {
            int close = xml.indexOf(CLOSE, open);
            if (close < 0 || !fields.contains(xml.substring(open + 1, close))) return false;
        }
        // A closing mark without its opening one: a template cut a field in two.
        long opens = xml.chars().filter(c -> c == OPEN).count();
        long closes = xml.chars().filter(c -> c == CLOSE).count();
        return opens == closes;
    }
}
