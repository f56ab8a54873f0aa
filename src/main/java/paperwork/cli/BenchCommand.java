package paperwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import paperwork.learners.LearnerBench;
import paperwork.sources.CatalogueReader;
import paperwork.sources.ParseBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Prints speed figures, warm (medians of repeated runs): parsing all sources and ten times",
                "the sources; checking 500 learners and writing learner packs. Figures vary on a busy machine: compare medians and ratios, not single runs."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ParseBench.run(sources.sources, out);
        LearnerBench.run(new CatalogueReader().read(sources.sources, Path.of("")), out);
        return 0;
    }
}
