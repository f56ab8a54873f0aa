package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;

/**
 * Golden files: each {@code src/test/resources/golden/<format>/NAME.txt} is parsed alone and its
 * catalogue compared with {@code NAME.expected.json} beside it. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change; review the diff.
 */
class GoldenCatalogueTest {
    static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void catalogueMatchesGoldenFile(Path input) throws IOException {
        String display = ROOT.relativize(input).toString().replace('\\', '/');
        SourceReader.Result read = SourceReader.read(input, display);
        assertFalse(read.text().isEmpty(), "could not read " + input + ": " + read.diagnostics());
        Catalogue catalogue = new CatalogueReader().parse(List.of(read.text().get()), read.diagnostics());
        String actual = new String(CatalogueJson.toBytes(catalogue), StandardCharsets.UTF_8);
        Path expectedFile = Path.of(input.toString().replaceFirst("\\.txt$", ".expected.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            Path actualFile = Path.of(input.toString().replaceFirst("\\.txt$", ".actual.json"));
            Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            fail("no golden file " + expectedFile + "; the actual catalogue was written to " + actualFile
                    + " (review it, then run with -Dgolden.update=true)");
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                "catalogue of " + input + " differs from " + expectedFile
                        + " (run with -Dgolden.update=true to accept a deliberate change)");
    }
}
