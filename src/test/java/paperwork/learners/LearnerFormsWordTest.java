package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.office.DocxWriter;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.LearnerDetails;
import paperwork.render.TemplateEngine;
import paperwork.sources.CatalogueReader;

/** The merged Word forms are the files laid out directly, byte for byte, or the merge steps aside. */
class LearnerFormsWordTest {
    static Catalogue catalogue;
    static List<String> units;

    @BeforeAll
    static void read() {
        catalogue = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        Qualification q = catalogue.qualification(HabcDiplomaFixture.QAN).orElseThrow();
        units = q.units();
    }

    static byte[] direct(TemplateEngine templates, List<String> ids, LearnerDetails learner) {
        Catalogue programme = LearnerPackWriter.programmeCatalogue(catalogue, HabcDiplomaFixture.QAN, ids);
        DocumentModel model = DocumentModel.of(programme, LearnerPackWriter.FORMS, HabcDiplomaFixture.QAN, learner,
                DocumentMetadata.reproducibleCreated());
        return new DocxWriter().write(templates.render(LearnerPackWriter.FORMS, model));
    }

    @Test
    void mergedFormsAreTheDirectlyLaidOutFilesForManyLearnersAndChoices() {
        TemplateEngine templates = new TemplateEngine();
        LearnerFormsWord word = new LearnerFormsWord(catalogue, templates, DocumentMetadata.reproducibleCreated());
        List<LearnerDetails> learners = List.of(
                new LearnerDetails("O'Brien, Siobhán", "LRN-1001", "Northfield College", "Jo Clarke"),
                new LearnerDetails("Дмитрий Иванов", "LRN-1002", "A & B <Training> \"Ltd\"", "Sam > Okafor"),
                new LearnerDetails("王小明", "LRN-1004", "Eastgate Training", "Émile Zoë"));
        List<List<String>> choices = List.of(units.subList(0, 5), units.subList(3, 11), List.of(units.get(20), units.get(2),
                units.get(7)), units.subList(30, 31), List.of(units.get(9), units.get(9), units.get(4)));
        int merged = 0;
        for (LearnerDetails l : learners) {
            for (List<String> ids : choices) {
                Optional<byte[]> m = word.merged(HabcDiplomaFixture.QAN, ids, l);
                if (ids.size() > 1) assertTrue(m.isPresent(), "merged for " + l + " " + ids);
                if (m.isPresent()) {
                    merged++;
                    assertArrayEquals(direct(templates, ids, l), m.get(), l.name() + " " + ids);
                }
            }
        }
        assertTrue(merged >= 12, "merged " + merged);
    }

    @Test
    void detailsThatAreNotPlainTextAreLaidOutDirectly() {
        LearnerFormsWord word = new LearnerFormsWord(catalogue, new TemplateEngine(), DocumentMetadata.reproducibleCreated());
        List<String> ids = units.subList(0, 3);
        assertTrue(word.merged(HabcDiplomaFixture.QAN, ids, new LearnerDetails("Ann", "R1", "", "Jo")).isEmpty(),
                "an empty centre may be printed as a blank line");
        assertTrue(word.merged(HabcDiplomaFixture.QAN, ids, new LearnerDetails("Ann  Lee", "R1", "C", "Jo")).isEmpty(),
                "two spaces collapse in the layout");
        assertTrue(word.merged(HabcDiplomaFixture.QAN, ids, new LearnerDetails("Ann Lee", "R1", "C", "Jo")).isPresent());
    }

    /** A centre's template that prints the name in capitals cannot be merged: the check finds it. */
    @Test
    void aTemplateThatChangesAFieldTurnsTheMergeOff(@TempDir Path dir) throws IOException {
        String forms = new String(TemplateEngine.class.getResourceAsStream("/templates/_forms.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String capitals = forms.replace("<@field \"Learner name\" learner.name/>", "<@field \"Learner name\" learner.name?upper_case/>");
        assertTrue(!capitals.equals(forms), "the shipped forms print learner.name in a field");
        Files.writeString(dir.resolve("_forms.ftlh"), capitals);
        TemplateEngine templates = new TemplateEngine(dir);
        LearnerFormsWord word = new LearnerFormsWord(catalogue, templates, DocumentMetadata.reproducibleCreated());
        LearnerDetails ann = new LearnerDetails("Ann Lee", "R1", "Centre", "Jo");
        assertTrue(word.merged(HabcDiplomaFixture.QAN, units.subList(0, 4), ann).isEmpty());
    }
}
