package paperwork.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;
import paperwork.learners.CombinationProblem;
import paperwork.learners.LearnerCheck;
import paperwork.learners.LearnerListReport;

/**
 * Prints a checked learner list compiler style, in row order: what the list itself got wrong, then
 * per learner "ok" with the figures or each broken rule with its suggestions; then one summary line.
 */
final class LearnerReportPrinter {
    private record Entry(int line, int order, List<String> lines) {
    }

    private LearnerReportPrinter() {
    }

    static void print(PrintWriter out, LearnerListReport report) {
        String file = report.list().file();
        List<Entry> entries = new ArrayList<>();
        for (Diagnostic d : report.list().diagnostics()) entries.add(new Entry(d.line(), 0, List.of(d.format())));
        for (LearnerCheck c : report.checks()) entries.add(new Entry(c.learner().row(), 1, lines(file, c)));
        entries.sort(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::order));
        for (Entry e : entries) e.lines().forEach(out::println);
        out.println(summary(report));
    }

    static List<String> lines(String file, LearnerCheck c) {
        String where = file + ":" + c.learner().row() + ": ";
        String who = c.learner().label();
        List<String> lines = new ArrayList<>();
        if (c.valid()) {
            lines.add(where + "ok " + who + ": " + c.units().size() + " units, " + c.totalCredits() + " credits, "
                    + c.glh() + " GLH");
            return lines;
        }
        for (CombinationProblem p : c.problems()) {
            lines.add(where + "error [" + p.code() + "] " + who + ": " + p.message());
            for (String s : p.suggestions()) lines.add("    suggestion: " + s);
        }
        return lines;
    }

    static String summary(LearnerListReport report) {
        long errors = report.list().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        String s = report.checks().size() + " learner(s) checked: " + report.valid().size() + " valid, "
                + report.invalid().size() + " with problems";
        if (report.rowsNotChecked() > 0) s += "; " + report.rowsNotChecked() + " row(s) not checked";
        if (errors > 0) s += "; the list has " + errors + " error(s)";
        return s;
    }
}
