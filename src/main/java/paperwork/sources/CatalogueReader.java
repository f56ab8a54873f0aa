package paperwork.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CrossSourceChecks;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.SourceFile;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * Reads every source file in a folder (not its sub-folders, not hidden files), detects each
 * file's format from its content, parses it, and hands the results to {@link CrossSourceChecks}.
 * One bad file never stops the others.
 */
public final class CatalogueReader {
    private final List<SourceFormat> formats;

    public CatalogueReader() {
        this(SourceFormats.all());
    }

    public CatalogueReader(List<SourceFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * @param dir         the sources folder
     * @param projectRoot file names in the catalogue are relative to this folder
     */
    public Catalogue read(Path dir, Path projectRoot) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("no-sources", new SourceRef(display(dir, projectRoot), 0),
                    "cannot list the sources folder: " + e.getMessage()));
            return new Catalogue(Catalogue.SCHEMA_VERSION, List.of(), List.of(), List.of(), diagnostics);
        }
        if (files.isEmpty()) {
            diagnostics.add(Diagnostic.error("no-sources", new SourceRef(display(dir, projectRoot), 0),
                    "the sources folder holds no files"));
        }
        List<SourceText> texts = new ArrayList<>();
        for (Path file : files) {
            SourceReader.Result r = SourceReader.read(file, display(file, projectRoot));
            diagnostics.addAll(r.diagnostics());
            r.text().ifPresent(texts::add);
        }
        return parse(texts, diagnostics);
    }

    /** Parses already-read texts; {@code diagnostics} holds what reading them found. */
    public Catalogue parse(List<SourceText> texts, List<Diagnostic> readingDiagnostics) {
        List<Diagnostic> diagnostics = new ArrayList<>(readingDiagnostics);
        List<SourceFile> sources = new ArrayList<>();
        List<Qualification> qualifications = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (SourceText text : texts) {
            Optional<SourceFormat> format = formats.stream().filter(f -> f.detects(text)).findFirst();
            if (format.isEmpty()) {
                sources.add(new SourceFile(text.file(), text.sha256(), "unknown"));
                diagnostics.add(Diagnostic.error("unknown-format", text.ref(firstTextLine(text)),
                        "the text is in no known format (qualification specification, unit pack, NVQ standards, "
                                + "NOS, outcome table); it was not read"));
                continue;
            }
            sources.add(new SourceFile(text.file(), text.sha256(), format.get().name()));
            try {
                ParsedSource parsed = format.get().parse(text);
                qualifications.addAll(parsed.qualifications());
                units.addAll(parsed.units());
                diagnostics.addAll(parsed.diagnostics());
            } catch (RuntimeException e) {
                // A parser bug must not stop the other sources; it is reported against the file.
                diagnostics.add(Diagnostic.error("parser-failed", text.ref(0),
                        "the " + format.get().name() + " parser failed on this file (" + e + "); please report it"));
            }
        }
        return CrossSourceChecks.apply(sources, qualifications, units, diagnostics, texts.stream()
                .map(SourceText::file).toList());
    }

    private static int firstTextLine(SourceText text) {
        for (int i = 1; i <= text.lineCount(); i++) if (!text.line(i).isBlank()) return i;
        return 0;
    }

    static String display(Path file, Path root) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        String s = abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
