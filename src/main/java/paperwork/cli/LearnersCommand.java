package paperwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import paperwork.catalogue.Catalogue;
import paperwork.learners.LearnerListReport;
import paperwork.learners.LearnerPackWriter;
import paperwork.learners.LearnerPlan;
import paperwork.render.TemplateEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "learners", mixinStandardHelpOptions = true,
        description = {"Checks a learner list like 'check', then writes a pack for every learner whose choice is",
                "valid into DIR/learners/<reference>/: a programme summary (PDF), a tracking workbook of their units",
                "(XLSX), and an assessment/action plan and a record sheet per unit (PDF and Word), all pre-filled.",
                "Learners whose choice is invalid get no pack and do not stop the others; a pack whose inputs",
                "are unchanged is not rewritten. Exit code 1 when any learner fails or a pack cannot be written."})
final class LearnersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LearnerListOptions list;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "the centre's own templates, used before the shipped ones (default: the shipped ones)")
    Path templates;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        Catalogue catalogue = list.catalogue(spec.commandLine().getErr());
        LearnerListReport report = list.check(catalogue);
        LearnerReportPrinter.print(stdout, report);
        LearnerPlan plan = LearnerPlan.of(report);
        LearnerPackWriter writer = new LearnerPackWriter(catalogue, new TemplateEngine(templates));
        int written = 0;
        int upToDate = 0;
        int failed = 0;
        for (LearnerPlan.Pack p : plan.packs()) {
            LearnerPackWriter.Written w = writer.write(p, out, report.list().file());
            w.warnings().forEach(d -> stdout.println(d.format()));
            if (w.failure().isPresent()) {
                stdout.println(w.failure().get().format());
                failed++;
            } else if (w.upToDate()) {
                upToDate++;
            } else {
                stdout.println("wrote " + out.resolve(w.folder()).toString().replace('\\', '/') + "/: "
                        + w.files().size() + " files for " + p.learner().name());
                written++;
            }
        }
        stdout.println(written + " pack(s) written, " + upToDate + " up to date, " + failed + " failed");
        return report.passed() && failed == 0 ? 0 : 1;
    }
}
