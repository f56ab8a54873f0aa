package paperwork.learners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import paperwork.catalogue.Catalogue;
import paperwork.office.DocxMerge;
import paperwork.office.DocxWriter;
import paperwork.render.DocumentModel;
import paperwork.render.LearnerDetails;
import paperwork.render.TemplateEngine;

/**
 * The Word file of a learner's forms, made as a mail merge: each unit's forms are laid out once
 * per run with placeholder learner details, and a learner's file joins their units' forms and fills
 * in their details. Laying out every learner's file with POI took a quarter of a pack's time.
 *
 * <p>The result must be the file {@link DocxWriter} would write for that learner, byte for byte. So,
 * once per qualification, a few units are laid out directly for a test learner whose details hold
 * the characters XML escapes, and compared with the merged file; if they differ (a template that
 * prints a field in capitals, counts the units, or puts a learner's name where the merge cannot see
 * it), or a learner's details are not plain text (an empty centre, a tab), the file is laid out
 * directly. Thread-safe: one per run, shared by the pack writers of every thread.
 */
final class LearnerFormsWord {
    private static final Set<String> FIELDS = Set.of("name", "reference", "centre", "assessor");
    private static final LearnerDetails PLACEHOLDERS = new LearnerDetails(DocxMerge.field("name"),
            DocxMerge.field("reference"), DocxMerge.field("centre"), DocxMerge.field("assessor"));
    /** Details that exercise escaping and non-Latin text: what the merged file is checked with. */
    private static final LearnerDetails TEST_LEARNER = new LearnerDetails("Ann O'Brien & <Sons> \"Test\"",
            "REF>1&2", "Centre Ä 王 1", "Jo Smith-Jones");
    /** Units laid out directly to check the merge (the first, a later one, and a third). */
    private static final int CHECKED_UNITS = 3;

    /** A unit's forms laid out first in a file, and after another unit's (with the page break). */
    private record UnitBodies(String first, String later) {
    }

    private final Catalogue catalogue;
    private final TemplateEngine templates;
    private final Instant created;
    private final Map<String, Optional<UnitBodies>> units = new ConcurrentHashMap<>();
    /** Each unit's forms laid out alone: its first body, the package, and what other units follow. */
    private final Map<String, Optional<DocxMerge.Pieces>> alone = new ConcurrentHashMap<>();
    /** Per qualification: the package around the bodies, present when the merge was checked and held. */
    private final Map<String, Optional<DocxMerge.Pieces>> skeletons = new ConcurrentHashMap<>();

    LearnerFormsWord(Catalogue catalogue, TemplateEngine templates, Instant created) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.created = created;
    }

    /**
     * The learner's forms as Word, merged; empty when the file must be laid out directly (from the
     * same XHTML as their PDF).
     */
    Optional<byte[]> merged(String qualificationId, List<String> unitIds, LearnerDetails learner) {
        // As the template sees them: each unit once, units the catalogue lacks left out.
        List<String> ids = new LinkedHashSet<>(unitIds).stream().filter(id -> catalogue.unit(id).isPresent()).toList();
        if (ids.isEmpty() || !fillable(learner)) return Optional.empty();
        Optional<DocxMerge.Pieces> skeleton = skeleton(qualificationId, ids);
        if (skeleton.isEmpty()) return Optional.empty();
        return assemble(skeleton.get(), qualificationId, ids, learner);
    }

    private Optional<DocxMerge.Pieces> skeleton(String qualificationId, List<String> ids) {
        Optional<DocxMerge.Pieces> known = skeletons.get(qualificationId);
        if (known != null) return known;
        // A one-unit pack cannot check how units join: leave the check to a pack with more.
        if (ids.size() < 2) return Optional.empty();
        return skeletons.computeIfAbsent(qualificationId, q -> check(q, ids.subList(0, Math.min(CHECKED_UNITS, ids.size()))));
    }

    /** Lays the first unit out alone for the package, then checks a merged file against a direct one. */
    private Optional<DocxMerge.Pieces> check(String qualificationId, List<String> ids) {
        Optional<DocxMerge.Pieces> skeleton = alone(qualificationId, ids.get(0));
        if (skeleton.isEmpty()) return Optional.empty();
        byte[] direct = direct(qualificationId, ids, TEST_LEARNER);
        Optional<byte[]> merged = assemble(skeleton.get(), qualificationId, ids, TEST_LEARNER);
        return merged.isPresent() && Arrays.equals(direct, merged.get()) ? skeleton : Optional.empty();
    }

    private Optional<byte[]> assemble(DocxMerge.Pieces skeleton, String qualificationId, List<String> ids,
            LearnerDetails learner) {
        List<String> bodies = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Optional<UnitBodies> b = units.computeIfAbsent(qualificationId + "\u0000" + ids.get(i),
                    k -> unitBodies(qualificationId, k.substring(k.indexOf('\u0000') + 1)));
            if (b.isEmpty()) return Optional.empty();
            bodies.add(i == 0 ? b.get().first() : b.get().later());
        }
        return Optional.of(DocxMerge.assemble(skeleton, bodies, Map.of("name", learner.name(), "reference",
                learner.reference(), "centre", learner.centre(), "assessor", learner.assessor()), created));
    }

    /**
     * The unit alone, then after another unit of the qualification (a template prints each unit
     * once): what follows the other unit's forms is this unit's, page break included.
     */
    private Optional<UnitBodies> unitBodies(String qualificationId, String unitId) {
        Optional<String> other = catalogue.qualification(qualificationId).stream().flatMap(q -> q.units().stream())
                .filter(id -> !id.equals(unitId) && catalogue.unit(id).isPresent()).findFirst();
        if (other.isEmpty()) return Optional.empty();
        Optional<DocxMerge.Pieces> single = alone(qualificationId, unitId);
        Optional<DocxMerge.Pieces> before = alone(qualificationId, other.get());
        Optional<DocxMerge.Pieces> after = pieces(qualificationId, List.of(other.get(), unitId));
        if (single.isEmpty() || before.isEmpty() || after.isEmpty() || !after.get().body().startsWith(before.get().body())) {
            return Optional.empty();
        }
        return Optional.of(new UnitBodies(single.get().body(), after.get().body().substring(before.get().body().length())));
    }

    private Optional<DocxMerge.Pieces> alone(String qualificationId, String unitId) {
        return alone.computeIfAbsent(qualificationId + "\u0000" + unitId, k -> pieces(qualificationId, List.of(unitId)));
    }

    private Optional<DocxMerge.Pieces> pieces(String qualificationId, List<String> ids) {
        return DocxMerge.split(direct(qualificationId, ids, PLACEHOLDERS), FIELDS);
    }

    private byte[] direct(String qualificationId, List<String> ids, LearnerDetails learner) {
        Catalogue programme = LearnerPackWriter.programmeCatalogue(catalogue, qualificationId, ids);
        DocumentModel model = DocumentModel.of(programme, LearnerPackWriter.FORMS, qualificationId, learner, created);
        return new DocxWriter().write(templates.render(LearnerPackWriter.FORMS, model));
    }

    private static boolean fillable(LearnerDetails l) {
        return DocxMerge.fillable(l.name()) && DocxMerge.fillable(l.reference()) && DocxMerge.fillable(l.centre())
                && DocxMerge.fillable(l.assessor());
    }
}
