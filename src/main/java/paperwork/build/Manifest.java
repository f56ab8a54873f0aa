package paperwork.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import paperwork.catalogue.CatalogueJson;

/**
 * output/manifest.json: for every document written, the hash of its inputs, the hash and size of
 * the file, and when it was built. Read at the start of a build to skip documents that are up to
 * date; written atomically at the end.
 */
public record Manifest(int schemaVersion, String program, Map<String, Entry> documents) {
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE = "manifest.json";

    public Manifest {
        documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
    }

    /** One document: its kind and subject, the hash of its inputs, and of the file itself. */
    public record Entry(String document, String format, String subject, String inputs, String sha256, long size,
            String built) {
    }

    public static Manifest empty(String program) {
        return new Manifest(SCHEMA_VERSION, program, Map.of());
    }

    /** The manifest in {@code outDir}, or an empty one when there is none or it cannot be read. */
    public static Manifest read(Path outDir, String program) {
        Path file = outDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return empty(program);
        try {
            JsonNode root = CatalogueJson.mapper().readTree(file.toFile());
            Map<String, Entry> docs = new TreeMap<>();
            root.path("documents").fields().forEachRemaining(e -> {
                JsonNode n = e.getValue();
                docs.put(e.getKey(), new Entry(n.path("document").asText(), n.path("format").asText(),
                        n.path("subject").asText(), n.path("inputs").asText(), n.path("sha256").asText(),
                        n.path("size").asLong(), n.path("built").asText()));
            });
            return new Manifest(root.path("schemaVersion").asInt(), root.path("program").asText(), docs);
        } catch (IOException | RuntimeException e) {
            // An unreadable manifest only costs a full rebuild.
            return empty(program);
        }
    }

    public void write(Path outDir) throws IOException {
        AtomicFiles.write(outDir.resolve(FILE), CatalogueJson.toBytes(this));
    }
}
