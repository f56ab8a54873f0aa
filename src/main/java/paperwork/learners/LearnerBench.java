package paperwork.learners;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;

/**
 * Times checking a list of 500 learners, warm: writing the list as CSV, reading it back and checking
 * every learner's choice against the qualification's rules (suggestions included). The choices are
 * drawn with a fixed seed from the optional groups, so that most are short or over a bound and take the slower path with suggestions.
 * Prints figures; asserts nothing.
 */
public final class LearnerBench {
    public static final int LEARNERS = 500;

    private LearnerBench() {
    }

    public static void run(Catalogue catalogue, PrintStream out) {
        Optional<Qualification> q = catalogue.qualifications().stream()
                .filter(x -> !x.groups().isEmpty())
                .max(Comparator.comparingInt((Qualification x) -> x.units().size()).thenComparing(Qualification::id));
        if (q.isEmpty()) {
            out.println("learners: no qualification in the catalogue has rules of combination: nothing to time");
            return;
        }
        byte[] csv = listOf(q.get(), LEARNERS, 42);
        LearnerListCheck check = new LearnerListCheck(catalogue);
        LearnerListReader reader = new LearnerListReader();
        LearnerListReport[] last = new LearnerListReport[1];
        double ms = median(20, 10, () -> last[0] = check.check(reader.read(csv, "bench-learners.csv")));
        out.printf("learners: %d learners on %s read from CSV and checked: median %.1f ms warm (%d valid, %d with problems)%n",
                LEARNERS, q.get().id(), ms, last[0].valid().size(), last[0].invalid().size());
    }

    /** A learner list in CSV: random choices of optional units, fixed by the seed. */
    static byte[] listOf(Qualification q, int n, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(b, CSVFormat.RFC4180)) {
            p.printRecord(LearnerListReader.COLUMNS);
            for (int i = 0; i < n; i++) {
                List<String> units = new ArrayList<>();
                for (RuleGroup g : q.groups()) {
                    if (g.mandatory()) continue;
                    List<String> pool = new ArrayList<>(g.units());
                    java.util.Collections.shuffle(pool, random);
                    // Fewer units from a group with a maximum, as centres do; about a fifth of the choices come out valid.
                    int take = g.maxCredits() != null || g.maxUnits() != null ? random.nextInt(3) : 2 + random.nextInt(5);
                    units.addAll(pool.subList(0, Math.min(pool.size(), take)));
                }
                p.printRecord("Learner " + i + ", Test", "B-" + i, "Bench Centre", "Assessor", q.id(),
                        String.join(";", units));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double median(int runs, int warmup, Runnable work) {
        for (int i = 0; i < warmup; i++) work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
