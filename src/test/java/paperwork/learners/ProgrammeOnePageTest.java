package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.render.TemplateEngine;
import paperwork.sources.CatalogueReader;

/** The programme summary is one page, as the issue asks, for the longest valid choices of units. */
class ProgrammeOnePageTest {
    @TempDir
    Path out;

    @Test
    void theProgrammeOfTheLargestValidChoicesIsOnePage() throws IOException {
        Catalogue catalogue = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        Qualification q = catalogue.qualification(HabcDiplomaFixture.QAN).orElseThrow();
        LearnerListReport report = new LearnerListCheck(catalogue).check(
                new LearnerListReader().read(LearnerBench.listOf(q, 500, 42), "many.csv"));
        List<LearnerPlan.Pack> largest = LearnerPlan.of(report).packs().stream()
                .sorted(Comparator.comparingInt((LearnerPlan.Pack p) -> p.units().size()).reversed()).limit(3).toList();
        assertTrue(largest.get(0).units().size() >= 13, "the largest choice has " + largest.get(0).units().size() + " units");
        LearnerPackWriter writer = new LearnerPackWriter(catalogue, new TemplateEngine());
        for (LearnerPlan.Pack p : largest) {
            LearnerPackWriter.Written w = writer.write(p, out, "many.csv");
            assertTrue(w.failure().isEmpty(), w.toString());
            try (PDDocument pdf = Loader.loadPDF(out.resolve(p.folder()).resolve("programme.pdf").toFile())) {
                assertEquals(1, pdf.getNumberOfPages(), p.units().size() + " units: " + p.units());
            }
        }
    }
}
