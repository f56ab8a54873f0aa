package paperwork.learners;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.render.TemplateEngine;

/**
 * Times checking a list of 500 learners, warm: writing the list as CSV, reading it back and checking
 * every learner's choice against the qualification's rules (suggestions included); then writes a
 * few learner packs and works out the time for 500. The choices are
 * drawn with a fixed seed from the optional groups, so that most are short or over a bound and take the slower path with suggestions.
 * Prints figures; asserts nothing.
 */
public final class LearnerBench {
    public static final int LEARNERS = 500;
    /** Packs actually written to time pack rendering; the figure for 500 is worked out from them. */
    static final int PACKS_TIMED = 5;
    /**
     * Packs written on two threads, as a real run writes them: all 500, since a run's first packs
     * also lay out the Word forms every later pack merges from (so a few packs say little).
     */
    static final int PACKS_PARALLEL = LEARNERS;

    private LearnerBench() {
    }

    public static void run(Catalogue catalogue, PrintStream out) {
        timeChecks(catalogue, out).ifPresent(report -> timePacks(catalogue, report, out));
    }

    /** Prints the time to read and check 500 learners; the report of the last run, if there was one. */
    public static Optional<LearnerListReport> timeChecks(Catalogue catalogue, PrintStream out) {
        Optional<Qualification> q = catalogue.qualifications().stream()
                .filter(x -> !x.groups().isEmpty())
                .max(Comparator.comparingInt((Qualification x) -> x.units().size()).thenComparing(Qualification::id));
        if (q.isEmpty()) {
            out.println("learners: no qualification in the catalogue has rules of combination: nothing to time");
            return Optional.empty();
        }
        byte[] csv = listOf(q.get(), LEARNERS, 42);
        LearnerListCheck check = new LearnerListCheck(catalogue);
        LearnerListReader reader = new LearnerListReader();
        LearnerListReport[] last = new LearnerListReport[1];
        double ms = median(20, 10, () -> last[0] = check.check(reader.read(csv, "bench-learners.csv")));
        out.printf("learners: %d learners on %s read from CSV and checked: median %.1f ms warm (%d valid, %d with problems)%n",
                LEARNERS, q.get().id(), ms, last[0].valid().size(), last[0].invalid().size());
        return Optional.of(last[0]);
    }

    /**
     * Writes packs (all formats) into a temporary folder: a few on one thread, warm, for the time per
     * pack (median), then all 500 on two threads with a fresh run's writers, as {@code learners}
     * writes them; prints both.
     */
    static void timePacks(Catalogue catalogue, LearnerListReport report, PrintStream out) {
        List<LearnerPlan.Pack> packs = LearnerPlan.of(report).packs();
        if (packs.isEmpty()) return;
        int n = Math.min(PACKS_TIMED, packs.size());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("paperwork-learner-bench");
            TemplateEngine engine = new TemplateEngine();
            LearnerPackWriter writer = new LearnerPackWriter(catalogue, engine);
            for (int i = 0; i < n; i++) writer.write(packs.get(i), dir.resolve("warm-up"), "bench-learners.csv");
            double[] each = new double[n];
            int files = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                files += writer.write(packs.get(i), dir.resolve("one"), "bench-learners.csv").files().size();
                each[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(each);
            double median = each[n / 2];
            out.printf("learners: %d packs written (%d files, PDF, Word and Excel): median %.3f s a pack on one thread, warm%n",
                    n, files, median);
            List<LearnerPlan.Pack> many = new java.util.ArrayList<>();
            for (int i = 0; i < PACKS_PARALLEL; i++) many.add(packs.get(i % packs.size()));
            // Each pack its own folder, so none is skipped as up to date.
            List<LearnerPlan.Pack> distinct = new java.util.ArrayList<>();
            for (int i = 0; i < many.size(); i++) {
                LearnerPlan.Pack p = many.get(i);
                distinct.add(new LearnerPlan.Pack(p.learner(), p.qualificationId(), "learners/bench-" + i, p.units(), p.check()));
            }
            long t0 = System.nanoTime();
            LearnerPackRun.write(new LearnerPlan(distinct), dir.resolve("two"), "bench-learners.csv", 2,
                    LearnerPackWriter.forRun(catalogue, engine));
            double total = (System.nanoTime() - t0) / 1e9;
            out.printf("learners: %d packs written on --jobs 2 (all formats, %d units a pack on average): %.1f s, %.3f s a pack "
                    + "(target < 60 s)%n", distinct.size(), distinct.stream().mapToInt(p -> p.units().size()).sum() / distinct.size(),
                    total, total / distinct.size());
        } catch (IOException e) {
            out.println("learners: packs not timed: " + e.getMessage());
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the figures are already printed.
        }
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
