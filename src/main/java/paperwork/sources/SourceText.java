package paperwork.sources;

import java.util.ArrayList;
import java.util.List;

import paperwork.catalogue.SourceRef;

/**
 * A source file's text, normalised so that parsers never see encoding accidents: no byte-order
 * mark, LF line ends, non-breaking and other odd spaces turned into plain spaces, no trailing
 * white space. Lines are numbered from 1 as in the file.
 */
public final class SourceText {
    private final String file;
    private final String sha256;
    private final List<String> lines;

    public SourceText(String file, String sha256, String text) {
        this.file = file;
        this.sha256 = sha256;
        this.lines = List.copyOf(normalise(text));
    }

    static List<String> normalise(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            out.add(stripTrailing(normaliseSpaces(line)));
        }
        // A final newline does not make an extra line.
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty() && t.endsWith("\n")) out.remove(out.size() - 1);
        return out;
    }

    static String normaliseSpaces(String line) {
        StringBuilder b = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char r = switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A' -> ' ';
                case '\uFEFF', '\u200B' -> '\0';
                default -> c;
            };
            if (r != c && b == null) b = new StringBuilder(line.substring(0, i));
            if (b != null && r != '\0') b.append(r);
        }
        return b == null ? line : b.toString();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    public String file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    /** All lines; index i holds line i + 1. */
    public List<String> lines() {
        return lines;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n}, 1-based. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public SourceRef ref(int line) {
        return new SourceRef(file, line);
    }

    /** The first {@code n} non-blank lines joined by newlines: cheap input for format detection. */
    public String head(int n) {
        StringBuilder b = new StringBuilder();
        int seen = 0;
        for (String l : lines) {
            if (l.isBlank()) continue;
            b.append(l).append('\n');
            if (++seen >= n) break;
        }
        return b.toString();
    }
}
