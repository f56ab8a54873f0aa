package paperwork.cli;

import java.util.concurrent.Callable;

import paperwork.learners.LearnerListReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every learner's choice of units in a learner list (CSV or Excel) against the",
                "rules of combination of their qualification, as read from the sources. Prints, compiler style,",
                "  FILE:ROW: ok NAME (REFERENCE): figures    or    FILE:ROW: error [code] NAME (REFERENCE): problem",
                "then a summary. Exit code 0 when every learner's choice is valid and the list is well formed, 1 otherwise."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LearnerListOptions list;

    @Override
    public Integer call() {
        LearnerListReport report = list.check(list.catalogue(spec.commandLine().getErr()));
        LearnerReportPrinter.print(spec.commandLine().getOut(), report);
        return report.passed() ? 0 : 1;
    }
}
