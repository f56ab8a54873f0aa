package paperwork.catalogue;

import java.util.Comparator;

/**
 * A repair, a doubt or a failure found while reading the sources or building from them.
 * Diagnostics are data: parsers return them with their result and carry on.
 * {@code line} is 0 when the diagnostic concerns a whole file.
 */
public record Diagnostic(Severity severity, String code, String file, int line, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String code, SourceRef at, String message) {
        return new Diagnostic(Severity.ERROR, code, at.file(), at.line(), message);
    }

    public static Diagnostic warning(String code, SourceRef at, String message) {
        return new Diagnostic(Severity.WARNING, code, at.file(), at.line(), message);
    }

    public static Diagnostic info(String code, SourceRef at, String message) {
        return new Diagnostic(Severity.INFO, code, at.file(), at.line(), message);
    }

    /** Compiler style: {@code sources/habc.txt:216: warning [rule-text-disagrees] message}. */
    public String format() {
        String where = file == null ? "" : (line > 0 ? file + ":" + line + ": " : file + ": ");
        return where + severity.label() + " [" + code + "] " + message;
    }
}
