package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;

class LearnerBenchTest {
    @Test
    void theBenchListHas500ReadableLearnersWithAMixOfVerdicts() {
        byte[] csv = LearnerBench.listOf(HabcDiplomaFixture.qualification(), LearnerBench.LEARNERS, 42);
        LearnerList list = new LearnerListReader().read(csv, "bench.csv");
        assertEquals(List.of(), list.diagnostics());
        assertEquals(500, list.learners().size());
        assertTrue(list.learners().get(0).name().contains(","), list.learners().get(0).name());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LearnerBench.timeChecks(HabcDiplomaFixture.catalogue(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(\\d+) valid, (\\d+) with problems").matcher(out);
        assertTrue(out.startsWith("learners: 500 learners on 601/4027/6") && m.find(), out);
        int valid = Integer.parseInt(m.group(1));
        assertEquals(500, valid + Integer.parseInt(m.group(2)), out);
        assertTrue(valid > 0 && valid < 500, out);
    }

    @Test
    void aCatalogueWithoutRulesSaysThereIsNothingToTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LearnerBench.timeChecks(new Catalogue(1, List.of(), List.of(), List.of(), List.of()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("nothing to time"));
    }
}
