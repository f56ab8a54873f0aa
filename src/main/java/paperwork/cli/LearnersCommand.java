package paperwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import paperwork.learners.LearnerListReport;
import paperwork.learners.LearnerPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "learners", mixinStandardHelpOptions = true,
        description = {"Checks a learner list like 'check', then plans a pack for every learner whose choice is",
                "valid: the folder DIR/learners/<reference>/ and the units it covers. Learners whose choice is",
                "invalid get no pack and do not stop the others. Exit code 1 when any learner fails."})
final class LearnersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LearnerListOptions list;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        LearnerListReport report = list.check(spec.commandLine().getErr());
        LearnerReportPrinter.print(stdout, report);
        LearnerPlan plan = LearnerPlan.of(report);
        for (LearnerPlan.Pack p : plan.packs()) {
            stdout.println("pack " + out.resolve(p.folder()).toString().replace('\\', '/') + "/: "
                    + p.learner().name() + ", " + p.units().size() + " units");
        }
        // Rendering the packs (workbook, plans, record sheets, summary) is wired in with the renderers.
        stdout.println(plan.packs().size() + " pack(s) planned; rendering learner packs is not available yet");
        return report.passed() ? 0 : 1;
    }
}
