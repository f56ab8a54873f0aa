package paperwork.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the program itself (its compiled classes, or its jar), so that a new version of the
 * code rebuilds every document even when the sources and templates did not change.
 */
public final class ProgramFingerprint {
    private static volatile String cached;

    private ProgramFingerprint() {
    }

    public static String get() {
        String c = cached;
        if (c == null) {
            c = compute();
            cached = c;
        }
        return c;
    }

    private static String compute() {
        try {
            CodeSource cs = ProgramFingerprint.class.getProtectionDomain().getCodeSource();
            if (cs == null) return "unknown";
            Path location = Path.of(cs.getLocation().toURI());
            if (Files.isRegularFile(location)) return Hashes.sha256(Files.readAllBytes(location));
            List<Path> classes;
            try (Stream<Path> s = Files.walk(location.resolve("paperwork"))) {
                classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            StringBuilder b = new StringBuilder();
            for (Path p : classes) {
                b.append(location.relativize(p)).append(' ').append(Hashes.sha256(Files.readAllBytes(p))).append('\n');
            }
            return Hashes.sha256(b.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without a fingerprint every build is a full build: slower, never wrong.
            return "unknown-" + System.nanoTime();
        }
    }
}
