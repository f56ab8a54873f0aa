package paperwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import paperwork.catalogue.Catalogue;
import paperwork.learners.LearnerList;
import paperwork.learners.LearnerListCheck;
import paperwork.learners.LearnerListReader;
import paperwork.learners.LearnerListReport;
import paperwork.sources.CatalogueReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The learner list argument and --sources, shared by {@code check} and {@code learners}. */
public final class LearnerListOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "the learner list: CSV or an Excel workbook")
    Path file;

    @Mixin
    SourceOptions sources;

    /** Reads the sources; says so when they have errors (the learners are still checked). */
    Catalogue catalogue(PrintWriter err) {
        Catalogue catalogue = new CatalogueReader().read(sources.sources, Path.of(""));
        if (catalogue.hasErrors()) {
            err.println("note: the sources have errors (" + DiagnosticPrinter.summary(catalogue.diagnostics())
                    + "); run validate to see them");
        }
        return catalogue;
    }

    /** Reads the list and checks every learner against the catalogue. */
    LearnerListReport check(Catalogue catalogue) {
        LearnerList list = new LearnerListReader().read(file, display(file));
        return new LearnerListCheck(catalogue).check(list);
    }

    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = Path.of("").toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
