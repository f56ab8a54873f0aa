package paperwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import paperwork.build.BuildOptions;
import paperwork.build.BuildProgress;
import paperwork.build.BuildResult;
import paperwork.build.Pipeline;
import paperwork.build.ProgramFingerprint;
import paperwork.build.StandardDocuments;
import paperwork.catalogue.Severity;
import paperwork.learners.LearnerPackStep;
import paperwork.render.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Rebuilds all paperwork into the output folder (the default command).",
                "Only documents whose sources, templates, fonts or program changed are rebuilt; each file is "
                        + "written to a temporary name and moved into place. Exit code 1 when a source has errors, "
                        + "a learner's choice breaks the rules or a document failed (the others are still built).",
                "Learner lists (*.csv, *.xlsx) in SOURCES/learners/ are checked and each valid learner's pack is "
                        + "written to OUT/learners/<reference>/, as the learners command does."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder; each file in it overrides the shipped template of the same name "
                    + "(default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "pdf,docx,xlsx",
            description = "formats to build, comma-separated: pdf, docx, xlsx (default: ${DEFAULT-VALUE})")
    List<OutputFormat> formats;

    @Option(names = "--only", paramLabel = "ID", arity = "1..*",
            description = "build only these qualifications or units (ids or aliases, e.g. 601/4027/6 "
                    + "L/601/1225 212); a qualification also selects its units' documents")
    List<String> only = List.of();

    @Option(names = "--clean", description = "remove everything earlier builds wrote, then build it all again")
    boolean clean;

    @Option(names = "--jobs", paramLabel = "N", description = "documents rendered in parallel (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "bar, lines, none or auto (a bar on a terminal, lines otherwise; default: ${DEFAULT-VALUE})")
    String progress;

    @Option(names = "--bench", description = "print the build's figures instead (full build, documents/s, no-op "
            + "rebuild, --jobs N against --jobs 1, peak memory), building into temporary folders")
    boolean bench;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            err.println("paperwork build: --jobs must be at least 1");
            return 2;
        }
        Set<OutputFormat> chosen = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
        if (bench) {
            paperwork.build.BuildBench.run(sources.sources, templates, chosen, System.out);
            return 0;
        }
        BuildOptions options = new BuildOptions(sources.sources, templates, out, chosen,
                new LinkedHashSet<>(only), clean, jobs);
        BuildProgress bar = switch (progress) {
            case "bar" -> BuildProgress.forOutput(o, true);
            case "lines" -> BuildProgress.forOutput(o, false);
            case "none" -> BuildProgress.NONE;
            default -> BuildProgress.forOutput(o, System.console() != null);
        };
        Pipeline pipeline = new Pipeline(StandardDocuments.create(templates), bar, Clock.systemUTC(),
                ProgramFingerprint.get());
        Pipeline.Report report = pipeline.run(options, List.of(new LearnerPackStep()));
        BuildResult r = report.result();

        DiagnosticPrinter.print(err, report.catalogue().diagnostics(), Severity.WARNING);
        for (BuildResult.Failure f : r.failed()) err.println(f.reason().format());
        DiagnosticPrinter.print(err, r.diagnostics(), Severity.INFO);
        for (String removed : r.removed()) {
            o.println("removed " + removed + (removed.startsWith(LearnerPackStep.FOLDER + "/")
                    ? " (the learner is no longer in any learner list)" : " (its unit or qualification is no longer in the sources)"));
        }
        long buildErrors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        o.printf("%d written, %d up to date, %d failed, %d removed in %.1f s (%d job(s)); catalogue %s; sources: %s%s%n",
                r.written().size(), r.upToDate().size(), r.failed().size(), r.removed().size(),
                report.millis() / 1000.0, jobs, report.catalogueWritten() ? "updated" : "unchanged",
                DiagnosticPrinter.summary(report.catalogue().diagnostics()),
                buildErrors == 0 ? "" : "; learner lists and build: " + buildErrors + " error(s) (listed above)");
        o.println("open " + out.resolve(Pipeline.INDEX_FILE) + " for every document");
        o.flush();
        return report.ok() ? 0 : 1;
    }
}
