package paperwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Rebuilds all paperwork into the output folder (the default command).")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        CatalogueCommand c = new CatalogueCommand();
        c.spec = spec;
        c.sources = sources;
        c.out = out;
        return c.call();
    }
}
