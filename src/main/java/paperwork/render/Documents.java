package paperwork.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * The one list of documents the program makes, and where each copy is written. A new kind of
 * document is one more entry here plus its template.
 */
public final class Documents {

    public static final DocumentDefinition SPECIFICATION = new DocumentDefinition("specification",
            "Qualification specification", "specification.ftlh", Scope.QUALIFICATION, "specification",
            EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX));
    public static final DocumentDefinition UNIT_PACK = new DocumentDefinition("unit-pack",
            "Unit pack", "unit-pack.ftlh", Scope.UNIT, "unit-pack",
            EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX));
    /** The PDF is laid out by the template; the Excel workbook is written by the office package. */
    public static final DocumentDefinition QUALIFICATION_TRACKING_SHEET = new DocumentDefinition(
            "qualification-tracking-sheet", "Evidence tracking sheet", "tracking-sheet.ftlh",
            Scope.QUALIFICATION, "tracking-sheet", EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX));
    public static final DocumentDefinition UNIT_TRACKING_SHEET = new DocumentDefinition(
            "unit-tracking-sheet", "Evidence tracking sheet", "tracking-sheet.ftlh",
            Scope.UNIT, "tracking-sheet", EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX));
    public static final DocumentDefinition ASSESSMENT_RECORD = new DocumentDefinition("assessment-record",
            "Assessment record sheet", "assessment-record.ftlh", Scope.UNIT, "assessment-record",
            EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX));
    public static final DocumentDefinition ACTION_PLAN = new DocumentDefinition("action-plan",
            "Assessment and action plan", "action-plan.ftlh", Scope.UNIT, "action-plan",
            EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX));

    private static final List<DocumentDefinition> ALL = List.of(SPECIFICATION, UNIT_PACK,
            QUALIFICATION_TRACKING_SHEET, UNIT_TRACKING_SHEET, ASSESSMENT_RECORD, ACTION_PLAN);

    private Documents() {
    }

    /** Every document definition, in a fixed order. */
    public static List<DocumentDefinition> all() {
        return ALL;
    }

    public static Optional<DocumentDefinition> named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Where one copy goes, relative to the output folder: {@code qualifications/<slug>/<stem>.<ext>}
     * or {@code units/<slug>/<stem>.<ext>}. Use {@link #paths(Catalogue)} when two ids may share a slug.
     */
    public static String path(DocumentDefinition definition, String subjectId, OutputFormat format) {
        return folder(definition.scope()) + "/" + slug(subjectId) + "/" + definition.fileStem() + "." + format.extension();
    }

    /** A folder name from an id: {@code L/601/1225} becomes {@code l-601-1225}. */
    public static String slug(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /**
     * Two ids of the same scope whose slugs are equal (e.g. {@code A/1} and {@code a-1}) would
     * overwrite each other's files: each such pair is a warning.
     */
    public static List<Diagnostic> slugCollisions(Catalogue catalogue) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Qualification q : catalogue.qualifications()) {
            collide(seen, "qualifications/" + slug(q.id()), q.id(), q.source(), found);
        }
        for (Unit u : catalogue.units()) {
            collide(seen, "units/" + slug(u.id()), u.id(), u.source(), found);
        }
        return List.copyOf(found);
    }

    private static void collide(Map<String, String> seen, String folder, String id, SourceRef at, List<Diagnostic> found) {
        String other = seen.putIfAbsent(folder, id);
        if (other != null && !other.equals(id)) {
            found.add(Diagnostic.warning("slug-collision", at, "'" + id + "' and '" + other + "' share the folder "
                    + folder + "; '" + id + "' gets a folder of its own with a suffix"));
        }
    }

    /**
     * The path scheme for one catalogue: {@link #path} except that an id whose slug is taken by an
     * earlier id of the same scope gets a suffix from its own hash, so no file overwrites another.
     */
    public static DocumentPaths paths(Catalogue catalogue) {
        Map<String, String> qualificationSlugs = new HashMap<>();
        Map<String, String> unitSlugs = new HashMap<>();
        uniqueSlugs(catalogue.qualifications().stream().map(Qualification::id).toList(), qualificationSlugs);
        uniqueSlugs(catalogue.units().stream().map(Unit::id).toList(), unitSlugs);
        return new DocumentPaths(qualificationSlugs, unitSlugs);
    }

    private static void uniqueSlugs(List<String> ids, Map<String, String> slugs) {
        Map<String, String> owner = new HashMap<>();
        for (String id : ids) {
            if (slugs.containsKey(id)) continue;
            String s = slug(id);
            if (owner.containsKey(s)) s = s + "-" + TemplateHashes.sha256(id).substring(0, 8);
            owner.put(s, id);
            slugs.put(id, s);
        }
    }

    static String folder(Scope scope) {
        return scope == Scope.QUALIFICATION ? "qualifications" : "units";
    }

    /** A catalogue's path scheme: the same signature as {@link Documents#path}. */
    public record DocumentPaths(Map<String, String> qualificationSlugs, Map<String, String> unitSlugs) {
        public DocumentPaths {
            qualificationSlugs = Map.copyOf(qualificationSlugs);
            unitSlugs = Map.copyOf(unitSlugs);
        }

        public String path(DocumentDefinition definition, String subjectId, OutputFormat format) {
            Map<String, String> slugs = definition.scope() == Scope.QUALIFICATION ? qualificationSlugs : unitSlugs;
            String s = slugs.getOrDefault(subjectId, slug(subjectId));
            return folder(definition.scope()) + "/" + s + "/" + definition.fileStem() + "." + format.extension();
        }
    }
}
