package paperwork.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import paperwork.render.OutputFormat;

/**
 * The build's figures: a full build on all cores (wall time, documents per second), a no-op
 * rebuild, a full build on one thread (the speed-up from parallelism), and peak memory. Each build
 * goes into a fresh temporary folder; the JVM is warmed by a first, unreported build.
 */
public final class BuildBench {
    private BuildBench() {
    }

    public static void run(Path sources, Path templates, Set<OutputFormat> formats, PrintStream out)
            throws IOException, InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("build benchmark: sources %s, formats %s, %d core(s), max heap %d MiB%n", sources, formats, cores,
                Runtime.getRuntime().maxMemory() >> 20);
        Path root = Files.createTempDirectory("paperwork-bench");
        try {
            Result warm = build(sources, templates, formats, root.resolve("warm-up"), cores);
            out.printf("warm-up build:           %6.1f s  (%d documents; JIT and font caches cold)%n", warm.seconds(),
                    warm.documents());
            Result full = build(sources, templates, formats, root.resolve("full"), cores);
            out.printf("full build, --jobs %d:    %6.1f s  %6.1f documents/s  (%d documents)%n", cores, full.seconds(),
                    full.documents() / full.seconds(), full.documents());
            Result noop = build(sources, templates, formats, root.resolve("full"), cores);
            out.printf("no-op rebuild:           %6.2f s  (%d written; %.1f%% of the full build)%n", noop.seconds(),
                    noop.written(), 100 * noop.seconds() / full.seconds());
            Result single = build(sources, templates, formats, root.resolve("single"), 1);
            out.printf("full build, --jobs 1:    %6.1f s  %6.1f documents/s%n", single.seconds(),
                    single.documents() / single.seconds());
            out.printf("speed-up --jobs %d over --jobs 1: %.2fx%n", cores, single.seconds() / full.seconds());
            out.printf("peak resident memory:    %s; heap in use at the end %d MiB%n", peakRss(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    record Result(double seconds, int documents, int written) {
    }

    private static Result build(Path sources, Path templates, Set<OutputFormat> formats, Path out, int jobs)
            throws IOException, InterruptedException {
        Pipeline p = new Pipeline(StandardDocuments.create(templates), BuildProgress.NONE, Clock.systemUTC(),
                ProgramFingerprint.get());
        long t0 = System.nanoTime();
        Pipeline.Report r = p.run(new BuildOptions(sources, templates, out, formats.isEmpty()
                ? EnumSet.allOf(OutputFormat.class) : formats, Set.of(), false, jobs));
        double seconds = (System.nanoTime() - t0) / 1e9;
        BuildResult b = r.result();
        return new Result(seconds, b.written().size() + b.upToDate().size(), b.written().size());
    }

    /** VmHWM from /proc (Linux): the most memory the process has held. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say so below
        }
        return "unknown";
    }
}
