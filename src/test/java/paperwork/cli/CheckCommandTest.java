package paperwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.learners.HabcDiplomaFixture;
import paperwork.learners.LearnerListCheck;
import paperwork.learners.LearnerListReader;
import paperwork.learners.LearnerListReport;
import paperwork.learners.LearnerPlan;

class CheckCommandTest {
    static final Path EXAMPLE = Path.of("examples/learners-with-mistakes.csv");
    static final String FILE = "examples/learners-with-mistakes.csv";

    @TempDir
    Path dir;

    static LearnerListReport exampleReport() {
        var list = new LearnerListReader().read(EXAMPLE, FILE);
        return new LearnerListCheck(HabcDiplomaFixture.catalogue()).check(list);
    }

    @Test
    void theExampleListPrintsOkOrEachProblemPerLearnerInRowOrder() {
        StringWriter out = new StringWriter();
        LearnerReportPrinter.print(new PrintWriter(out, true), exampleReport());
        List<String> lines = out.toString().lines().filter(l -> !l.startsWith("    suggestion:")).toList();
        assertEquals(List.of(
                FILE + ":2: ok O'Brien, Siobhán (LRN-1001): 12 units, 55 credits, 324 GLH",
                FILE + ":3: ok Дмитрий Иванов (LRN-1002): 13 units, 55 credits, 341 GLH",
                FILE + ":4: ok Priya Shah (LRN-1003): 11 units, 55 credits, 324 GLH",
                FILE + ":5: ok 王小明 (LRN-1004): 11 units, 56 credits, 318 GLH",
                FILE + ":6: error [group-max-credits] Tom Baker (LRN-1005): Optional Group B: 10 credits chosen, "
                        + "at most 9 allowed",
                FILE + ":7: error [unknown-unit] Grace Mensah (LRN-1006): unit L/560/1807 is not in the catalogue",
                FILE + ":7: error [group-min-credits] Grace Mensah (LRN-1006): Optional Group A: 14 credits chosen, "
                        + "at least 15 needed (1 more)",
                FILE + ":7: error [total-credits] Grace Mensah (LRN-1006): Total: 52 credits chosen, "
                        + "at least 55 needed (3 more)",
                "6 learner(s) checked: 4 valid, 2 with problems"), lines, out.toString());
        assertTrue(out.toString().contains("    suggestion: add L/506/2133 Promote additional products"), out.toString());
    }

    @Test
    void thePlanHasAFolderPerValidLearnerWithTheirUnits() {
        LearnerPlan plan = LearnerPlan.of(exampleReport());
        assertEquals(List.of("learners/LRN-1001", "learners/LRN-1002", "learners/LRN-1003", "learners/LRN-1004"),
                plan.packs().stream().map(LearnerPlan.Pack::folder).toList());
        LearnerPlan.Pack first = plan.packs().get(0);
        assertEquals("O'Brien, Siobhán", first.learner().name());
        assertEquals("Jo Clarke", first.learner().assessor());
        assertEquals(HabcDiplomaFixture.group("M"), first.units().subList(0, 6));
        assertEquals(List.of("Y/506/2166", "D/506/2170", "K/506/2172", "H/506/1912", "T/506/1820", "L/506/1807"),
                first.units().subList(6, 12));
    }

    @Test
    void overTheRealSourcesTheExampleListExitsOneAndAValidListExitsZero() throws Exception {
        MainTest.Run example = MainTest.run("check", FILE, "--sources", "sources");
        assertEquals(1, example.code(), example.out() + example.err());
        assertTrue(example.out().contains(FILE + ":5: ok 王小明 (LRN-1004): 11 units, 56 credits, 318 GLH"), example.out());
        assertTrue(example.out().endsWith("6 learner(s) checked: 4 valid, 2 with problems" + System.lineSeparator()),
                example.out());

        Path valid = dir.resolve("valid.csv");
        List<String> lines = Files.readAllLines(EXAMPLE).subList(0, 5);
        Files.write(valid, lines);
        MainTest.Run ok = MainTest.run("check", valid.toString(), "--sources", "sources");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("4 learner(s) checked: 4 valid, 0 with problems"), ok.out());
        assertEquals("", ok.err());
    }

    @Test
    void aListWithoutTheColumnsExitsOneWithTheFileAndLine() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "\uFEFFName,Units\r\nAna,7\r\n");
        MainTest.Run r = MainTest.run("check", list.toString(), "--sources", "sources");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("list.csv:1: error [learner-list-missing-columns] the header row lacks the column(s) "
                + "reference, centre, assessor, qualification"), r.out());
        assertTrue(r.out().contains("0 learner(s) checked: 0 valid, 0 with problems; the list has 1 error(s)"), r.out());
    }

    @Test
    void aMissingFileExitsOneWithoutAStackTrace() {
        MainTest.Run r = MainTest.run("check", dir.resolve("nope.csv").toString(), "--sources", "sources");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("nope.csv: error [unreadable-learner-list] cannot read the file"), r.out());
        assertFalse((r.out() + r.err()).contains("\tat "), r.err());
    }

    @Test
    void anUnknownQualificationFailsThatLearnerOnly() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "name,reference,centre,assessor,qualification,units\nAna,LRN-1,Leeds,Kim,999/9999/9,7\n");
        MainTest.Run r = MainTest.run("check", list.toString(), "--sources", "sources");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("list.csv:2: error [unknown-qualification] Ana (LRN-1): qualification 999/9999/9 "
                + "is not in the catalogue"), r.out());
    }

    @Test
    void learnersWritesNoPackForAnInvalidChoiceAndExitsOne() throws Exception {
        Path list = dir.resolve("list.csv");
        List<String> lines = Files.readAllLines(EXAMPLE);
        Files.write(list, List.of(lines.get(0), lines.get(5)));
        Path out = dir.resolve("out");
        MainTest.Run r = MainTest.run("learners", list.toString(), "--sources", "sources", "--out", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("error [group-max-credits] Tom Baker (LRN-1005)"), r.out());
        assertTrue(r.out().contains("0 pack(s) written, 0 up to date, 0 failed"), r.out());
        assertFalse(Files.exists(out.resolve("learners")), "no folder for an invalid learner");
    }

    @Test
    void checkAndLearnersHaveHelpAndNeedAFile() {
        for (String cmd : new String[] {"check", "learners"}) {
            MainTest.Run help = MainTest.run(cmd, "--help");
            assertEquals(0, help.code(), cmd);
            assertTrue(help.out().contains("Usage: paperwork " + cmd), help.out());
            MainTest.Run none = MainTest.run(cmd);
            assertEquals(2, none.code(), cmd);
            assertTrue(none.err().contains("Missing required parameter"), none.err());
        }
    }

    /** The list shipped in sources/ is built by the default command, so it must be all valid. */
    @Test
    void theShippedLearnerListIsAllValid() {
        MainTest.Run r = MainTest.run("check", "sources/learners/example-learners.csv", "--sources", "sources");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("4 learner(s) checked: 4 valid, 0 with problems"), r.out());
    }
}
