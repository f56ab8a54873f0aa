package paperwork.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.LearnerDetails;
import paperwork.render.OutputFormat;
import paperwork.render.Scope;

/**
 * Lists every file a build should produce, each with the hash of what it depends on: the
 * catalogue content it uses (its unit, or its qualification and that qualification's units, and
 * the titles of linked units), its template and the shared partials, the fonts and the program.
 */
public final class BuildPlanner {

    /** Where a document goes, relative to the output folder. */
    @FunctionalInterface
    public interface PathScheme {
        String path(DocumentDefinition definition, String subjectId, OutputFormat format);
    }

    private final List<DocumentDefinition> definitions;
    private final PathScheme paths;
    private final java.util.function.BiFunction<DocumentDefinition, OutputFormat, String> templateHash;
    private final String programFingerprint;
    private final ObjectWriter json = CatalogueJson.mapper().writer();

    public BuildPlanner(List<DocumentDefinition> definitions, PathScheme paths,
            java.util.function.BiFunction<DocumentDefinition, OutputFormat, String> templateHash,
            String programFingerprint) {
        this.definitions = List.copyOf(definitions);
        this.paths = paths;
        this.templateHash = templateHash;
        this.programFingerprint = programFingerprint;
    }

    /**
     * @param only qualification or unit ids (or aliases) to build; empty for all. A qualification
     *             id also selects the unit documents of its units.
     */
    public List<DocumentJob> plan(Catalogue catalogue, Set<OutputFormat> formats, Set<String> only) {
        Map<String, String> unitHashes = new HashMap<>();
        Map<String, String> templates = new HashMap<>();
        Set<String> selectedUnits = selectedUnits(catalogue, only);
        List<DocumentJob> jobs = new ArrayList<>();
        for (DocumentDefinition def : definitions) {
            for (OutputFormat format : OutputFormat.values()) {
                if (!def.formats().contains(format) || !formats.contains(format)) continue;
                if (def.scope() == Scope.QUALIFICATION) {
                    for (Qualification q : catalogue.qualifications()) {
                        if (!only.isEmpty() && !only.contains(q.id()) && q.aliases().stream().noneMatch(only::contains)) continue;
                        String content = qualificationHash(catalogue, q, unitHashes);
                        jobs.add(job(def, format, q.id(), content, templates.computeIfAbsent(def.name() + "." + format, k -> templateHash.apply(def, format))));
                    }
                } else {
                    for (Unit u : catalogue.units()) {
                        if (!only.isEmpty() && !selectedUnits.contains(u.id())) continue;
                        String content = unitHashes.computeIfAbsent(u.id(), id -> unitHash(catalogue, u));
                        jobs.add(job(def, format, u.id(), content, templates.computeIfAbsent(def.name() + "." + format, k -> templateHash.apply(def, format))));
                    }
                }
            }
        }
        jobs.sort(java.util.Comparator.comparing(DocumentJob::path));
        return jobs;
    }

    private DocumentJob job(DocumentDefinition def, OutputFormat format, String subject, String content, String template) {
        String inputs = Hashes.sha256(programFingerprint, def.toString(), format.name(), template, content);
        return new DocumentJob(paths.path(def, subject, format), def, format, subject, LearnerDetails.BLANK, inputs);
    }

    private static Set<String> selectedUnits(Catalogue catalogue, Set<String> only) {
        Set<String> units = new java.util.HashSet<>();
        for (Qualification q : catalogue.qualifications()) {
            if (only.contains(q.id()) || q.aliases().stream().anyMatch(only::contains)) units.addAll(q.units());
        }
        for (Unit u : catalogue.units()) {
            if (only.contains(u.id()) || u.aliases().stream().anyMatch(only::contains)) units.add(u.id());
        }
        return units;
    }

    private String unitHash(Catalogue catalogue, Unit u) {
        StringBuilder b = new StringBuilder(write(u));
        // Documents print the titles of linked units and the qualifications a unit belongs to.
        u.links().forEach(l -> catalogue.unit(l.target()).ifPresent(t -> b.append('\n').append(t.id()).append(t.title())));
        for (Qualification q : catalogue.qualifications()) {
            if (q.units().contains(u.id())) b.append('\n').append(q.id()).append(q.title());
        }
        return Hashes.sha256(b.toString());
    }

    private String qualificationHash(Catalogue catalogue, Qualification q, Map<String, String> unitHashes) {
        StringBuilder b = new StringBuilder(write(q));
        for (String id : q.units()) {
            catalogue.unit(id).ifPresent(u -> b.append('\n').append(unitHashes.computeIfAbsent(u.id(), x -> unitHash(catalogue, u))));
        }
        return Hashes.sha256(b.toString());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
