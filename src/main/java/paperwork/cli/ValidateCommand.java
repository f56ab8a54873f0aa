package paperwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Severity;
import paperwork.sources.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads every text in the sources folder and prints its diagnostics, compiler style:",
                "  sources/file.txt:LINE: severity [code] message",
                "Exit code 0 when there are no errors, 1 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "print diagnostics of at least this severity: info, warning or error (default: ${DEFAULT-VALUE})")
    Severity atLeast;

    @Override
    public Integer call() {
        Catalogue catalogue = new CatalogueReader().read(sources.sources, Path.of(""));
        var out = spec.commandLine().getOut();
        DiagnosticPrinter.print(out, catalogue.diagnostics(), atLeast);
        out.println(catalogue.sources().size() + " source(s), " + catalogue.qualifications().size()
                + " qualification(s), " + catalogue.units().size() + " unit(s): "
                + DiagnosticPrinter.summary(catalogue.diagnostics()));
        return catalogue.hasErrors() ? 1 : 0;
    }
}
