package paperwork.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;
import paperwork.render.DocumentDefinition;
import paperwork.render.OutputFormat;

/**
 * The hash of everything a whole build reads (every file under the sources folder, every template
 * as the documents use it, the program, the formats), kept after a clean, complete build. When the
 * next build finds the same hash and every file of the manifest in place, nothing can have changed:
 * it skips parsing and planning and reports every document up to date.
 */
final class BuildState {
    static final String FILE = "build-state.txt";

    private BuildState() {
    }

    /** Null when some input cannot be read: then the build simply runs in full. */
    static String inputs(BuildOptions options, DocumentSet documents, String program) {
        if (!options.only().isEmpty()) return null;
        try {
            List<String> parts = new ArrayList<>();
            parts.add(program);
            parts.add(options.formats().stream().map(OutputFormat::name).sorted().toList().toString());
            for (DocumentDefinition d : documents.definitions()) {
                for (OutputFormat f : OutputFormat.values()) parts.add(documents.templateHash(d, f));
            }
            parts.add(documents.indexTemplateHash());
            Path root = options.sources();
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path p : files) {
                parts.add(root.relativize(p).toString());
                parts.add(Hashes.sha256(Files.readAllBytes(p)));
            }
            return Hashes.sha256(parts.toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True when the last complete build had these inputs, succeeded, and its files are all in place. */
    static boolean unchanged(Path out, String inputs, Manifest manifest) {
        if (inputs == null) return false;
        try {
            Path state = out.resolve(FILE);
            if (!Files.isRegularFile(state) || !Files.readString(state, StandardCharsets.UTF_8).strip().equals(inputs)) {
                return false;
            }
            if (!Files.isRegularFile(out.resolve(Pipeline.CATALOGUE_FILE))
                    || !Files.isRegularFile(out.resolve(Pipeline.INDEX_FILE))) {
                return false;
            }
            for (var e : manifest.documents().entrySet()) {
                Path f = out.resolve(e.getKey());
                if (!Files.isRegularFile(f) || Files.size(f) != e.getValue().size()) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void record(Path out, String inputs) throws IOException {
        if (inputs == null) {
            forget(out);
        } else {
            Pipeline.writeIfChanged(out.resolve(FILE), (inputs + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void forget(Path out) throws IOException {
        Files.deleteIfExists(out.resolve(FILE));
    }

    /** The diagnostics of the catalogue written last, so an unchanged build still reports them. */
    static Catalogue diagnosticsOf(Path out) throws IOException {
        JsonNode root = CatalogueJson.mapper().readTree(out.resolve(Pipeline.CATALOGUE_FILE).toFile());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            String file = d.path("file").isNull() || d.path("file").isMissingNode() ? null : d.path("file").asText();
            diagnostics.add(new Diagnostic(Severity.valueOf(d.path("severity").asText().toUpperCase(Locale.ROOT)),
                    d.path("code").asText(), file, d.path("line").asInt(), d.path("message").asText()));
        }
        return new Catalogue(root.path("schemaVersion").asInt(Catalogue.SCHEMA_VERSION), List.of(), List.of(),
                List.of(), diagnostics);
    }
}
