package paperwork.sources;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times parsing all sources, warm: the median of repeated runs over the real texts and over ten
 * copies of them (each under its own name), to show that the parsers and the cross-source checks
 * grow linearly. Prints figures; asserts nothing.
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void run(Path sourcesDir, PrintStream out) throws IOException {
        List<SourceText> texts = readAll(sourcesDir);
        List<SourceText> tenTimes = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            for (SourceText t : texts) {
                tenTimes.add(new SourceText("copy" + copy + "/" + t.file(), t.sha256(), String.join("\n", t.lines())));
            }
        }
        int lines = texts.stream().mapToInt(SourceText::lineCount).sum();
        CatalogueReader reader = new CatalogueReader();
        double once = median(reader, texts, 30, 20);
        double ten = median(reader, tenTimes, 10, 5);
        out.printf("parse: %d sources, %d lines: median %.1f ms warm (target < 100 ms)%n", texts.size(), lines, once);
        out.printf("parse: 10x input (%d sources, %d lines): median %.1f ms, %.1fx the single input (linear = 10x)%n",
                tenTimes.size(), lines * 10, ten, ten / once);
    }

    private static double median(CatalogueReader reader, List<SourceText> texts, int runs, int warmup) {
        for (int i = 0; i < warmup; i++) reader.parse(texts, List.of());
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            reader.parse(texts, List.of());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static List<SourceText> readAll(Path dir) throws IOException {
        List<SourceText> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                SourceReader.read(p, dir.getFileName() + "/" + p.getFileName()).text().ifPresent(texts::add);
            }
        }
        return texts;
    }
}
