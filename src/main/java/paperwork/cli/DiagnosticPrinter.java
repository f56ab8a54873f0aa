package paperwork.cli;

import java.io.PrintWriter;
import java.util.List;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;

/** Prints diagnostics the way compilers do, and a one-line count. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(PrintWriter out, List<Diagnostic> diagnostics, Severity atLeast) {
        for (Diagnostic d : diagnostics) {
            if (d.severity().compareTo(atLeast) >= 0) out.println(d.format());
        }
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long infos = diagnostics.stream().filter(d -> d.severity() == Severity.INFO).count();
        return errors + " error(s), " + warnings + " warning(s), " + infos + " note(s)";
    }
}
