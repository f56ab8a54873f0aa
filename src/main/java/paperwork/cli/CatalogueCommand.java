package paperwork.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import paperwork.build.AtomicFiles;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Severity;
import paperwork.sources.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Reads every text in the sources folder and writes DIR/catalogue.json.",
                "Warnings and errors are printed; the exit code is 1 when there are errors."})
final class CatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = new CatalogueReader().read(sources.sources, Path.of(""));
        Path target = out.resolve("catalogue.json");
        AtomicFiles.write(target, CatalogueJson.toBytes(catalogue));
        var err = spec.commandLine().getErr();
        DiagnosticPrinter.print(err, catalogue.diagnostics(), Severity.WARNING);
        spec.commandLine().getOut().println("wrote " + target + ": " + catalogue.qualifications().size()
                + " qualification(s), " + catalogue.units().size() + " unit(s); "
                + DiagnosticPrinter.summary(catalogue.diagnostics()));
        return catalogue.hasErrors() ? 1 : 0;
    }
}
