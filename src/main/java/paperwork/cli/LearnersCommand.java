package paperwork.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import paperwork.catalogue.Catalogue;
import paperwork.learners.LearnerListReport;
import paperwork.learners.LearnerPackRun;
import paperwork.learners.LearnerPackWriter;
import paperwork.learners.LearnerPlan;
import paperwork.render.TemplateEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "learners", mixinStandardHelpOptions = true,
        description = {"Checks a learner list like 'check', then writes a pack for every learner whose choice is",
                "valid into DIR/learners/<reference>/: a programme summary (PDF), a tracking workbook of their units",
                "(XLSX), and every unit's assessment/action plan and record sheet in one forms.pdf and forms.docx,",
                "all pre-filled.",
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

    @Option(names = "--jobs", paramLabel = "N", description = "packs written in parallel (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--templates", paramLabel = "DIR",
            description = "the centre's own templates, used before the shipped ones (default: the shipped ones)")
    Path templates;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        if (jobs < 1) throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        Catalogue catalogue = list.catalogue(spec.commandLine().getErr());
        LearnerListReport report = list.check(catalogue);
        LearnerReportPrinter.print(stdout, report);
        LearnerPlan plan = LearnerPlan.of(report);
        TemplateEngine engine = new TemplateEngine(templates);
        List<LearnerPackWriter.Written> results = LearnerPackRun.write(plan, out, report.list().file(), jobs,
                LearnerPackWriter.forRun(catalogue, engine));
        int written = 0;
        int upToDate = 0;
        int failed = 0;
        for (int i = 0; i < results.size(); i++) {
            LearnerPlan.Pack p = plan.packs().get(i);
            LearnerPackWriter.Written w = results.get(i);
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
