package paperwork.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import paperwork.sources.ParseBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Prints speed figures, warm (medians of repeated runs): parsing all sources and ten times",
                "the sources. Figures vary on a busy machine: compare medians and ratios, not single runs."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ParseBench.run(sources.sources, out);
        return 0;
    }
}
