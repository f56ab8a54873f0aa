package paperwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import paperwork.build.BuildBench;
import paperwork.catalogue.Catalogue;
import paperwork.learners.LearnerBench;
import paperwork.office.OfficeBench;
import paperwork.pdf.PdfBench;
import paperwork.render.OutputFormat;
import paperwork.sources.CatalogueReader;
import paperwork.sources.ParseBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Prints speed figures, warm (medians of repeated runs): parsing all sources and ten times",
                "the sources; PDF documents (unit pack, tracking sheet, a whole specification); Word and Excel",
                "documents; checking 500 learners and writing learner packs; the whole build (full, no-op,",
                "--jobs 1 against all cores, peak memory). Figures vary on a busy machine: compare medians and",
                "ratios, not single runs."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder for the build figures (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "run only these parts: parse, pdf, office, learners, build (default: all)")
    java.util.List<String> only = java.util.List.of();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        java.util.List<String> flags = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        int tier = flags.stream().filter(f -> f.startsWith("-XX:TieredStopAtLevel=")).reduce((a, b) -> b)
                .map(f -> Integer.parseInt(f.substring(f.indexOf('=') + 1))).orElse(4);
        out.println("JVM: Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " core(s), "
                + (tier < 4 ? "C1 only (.mvn/jvm.config: fastest for one cold build); steady-state figures with C2: "
                        + "MAVEN_OPTS=-XX:TieredStopAtLevel=4 mvn -q compile exec:java -Dexec.args=bench"
                        : "C1 and C2 (steady state)"));
        if (wants("parse")) ParseBench.run(sources.sources, out);
        Catalogue catalogue = new CatalogueReader().read(sources.sources, Path.of(""));
        if (wants("pdf")) PdfBench.run(catalogue, out);
        if (wants("office")) OfficeBench.run(catalogue, out);
        if (wants("learners")) LearnerBench.run(catalogue, out);
        if (wants("build")) BuildBench.run(sources.sources, templates, EnumSet.allOf(OutputFormat.class), out);
        return 0;
    }

    private boolean wants(String part) {
        return only.isEmpty() || only.contains(part);
    }
}
