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
            addFiles(parts, options.sources(), "");
            // The steps' own templates (e.g. learner-forms.ftlh) are in no document definition: every
            // file of the templates folder counts.
            Path templates = options.templates();
            if (templates != null && Files.isDirectory(templates)) addFiles(parts, templates, "templates/");
            return Hashes.sha256(parts.toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Each file under {@code root}, in a fixed order: its name and the hash of its bytes. */
    private static void addFiles(List<String> parts, Path root, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path p : files) {
            parts.add(prefix + root.relativize(p));
            parts.add(Hashes.sha256(Files.readAllBytes(p)));
        }
    }

    /**
     * The files (and pack folders, ending in /) the steps after the documents own, when the last
     * complete build had these inputs, succeeded, and its files are all in place; else null.
     */
    static List<String> unchanged(Path out, String inputs, Manifest manifest) {
        if (inputs == null) return null;
        try {
            Path state = out.resolve(FILE);
            if (!Files.isRegularFile(state)) return null;
            List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals(inputs)) return null;
            List<String> owned = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
            for (String path : owned) {
                if (!Files.exists(out.resolve(path))) return null;
            }
            if (!Files.isRegularFile(out.resolve(Pipeline.CATALOGUE_FILE))
                    || !Files.isRegularFile(out.resolve(Pipeline.INDEX_FILE))) {
                return null;
            }
            for (var e : manifest.documents().entrySet()) {
                Path f = out.resolve(e.getKey());
                if (!Files.isRegularFile(f) || Files.size(f) != e.getValue().size()) return null;
            }
            return owned;
        } catch (IOException e) {
            return null;
        }
    }

    static void record(Path out, String inputs, List<String> owned) throws IOException {
        if (inputs == null) {
            forget(out);
        } else {
            StringBuilder b = new StringBuilder(inputs).append('\n');
            owned.stream().sorted().forEach(p -> b.append(p).append('\n'));
            Pipeline.writeIfChanged(out.resolve(FILE), b.toString().getBytes(StandardCharsets.UTF_8));
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
