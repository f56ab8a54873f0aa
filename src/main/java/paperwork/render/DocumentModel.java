package paperwork.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Constraint;
import paperwork.catalogue.EvidenceRequirement;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;

/**
 * The data handed to a template: plain records, strings, numbers and lists, nothing that can
 * reach back into the program. Templates read it as {@code document.title}, {@code unit.outcomes},
 * {@code qualification.groups}, {@code learner.name}, {@code metadata.title}.
 *
 * @param document      the document's kind: {@code name} and {@code title}
 * @param subjectId     the qualification or unit id this copy is about
 * @param reference     what the footer prints as the reference (the unit or qualification id)
 * @param version       the version printed in the footer: the source's own version when it gives one
 *                      ("4.0 April 2016"), else the program's
 * @param qualification the qualification (qualification documents), else null
 * @param unit          the unit (unit documents), else null
 * @param units         every unit in full: the one unit, or the qualification's units, each once
 * @param learner       the learner a form is filled in for; blank strings when none
 * @param metadata      the document properties (also written into the PDF, Word and Excel files)
 * @param createdDate   {@code metadata.created} as a date people read, e.g. "1 January 2026"
 * @param generator     the program and its version, e.g. "Paperwork 0.1.0"
 */
public record DocumentModel(
        DocumentKind document,
        String subjectId,
        String reference,
        String version,
        QualificationView qualification,
        UnitView unit,
        List<UnitView> units,
        LearnerDetails learner,
        DocumentMetadata metadata,
        String createdDate,
        String generator) {

    /** The program version printed in documents; kept equal to the pom's version. */
    public static final String GENERATOR_VERSION = "0.1.0";
    public static final String GENERATOR = "Paperwork " + GENERATOR_VERSION;

    private static final java.util.Set<String> VERSION_KEYS = java.util.Set.of("version", "versionnumber");
    /** Metadata that templates print in a place of its own, not among the other facts. */
    private static final java.util.Set<String> PRINTED_ELSEWHERE =
            java.util.Set.of("nosRelationship", "knowledgeLeadIn", "performanceLeadIn", "themeText");

    private static final DateTimeFormatter READABLE_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    public DocumentModel {
        units = List.copyOf(units);
    }

    /** @throws IllegalArgumentException when the catalogue has no subject of that id and scope */
    public static DocumentModel of(Catalogue catalogue, DocumentDefinition definition, String subjectId,
            LearnerDetails learner, Instant created) {
        LearnerDetails who = learner == null ? LearnerDetails.BLANK : learner;
        Instant when = created == null ? DocumentMetadata.DEFAULT_CREATED : created;
        DocumentKind kind = new DocumentKind(definition.name(), definition.title(),
                definition.scope() == Scope.QUALIFICATION);
        if (definition.scope() == Scope.QUALIFICATION) {
            Qualification q = catalogue.qualification(subjectId)
                    .orElseThrow(() -> new IllegalArgumentException("no qualification " + subjectId));
            List<UnitView> units = new ArrayList<>();
            for (String id : new LinkedHashSet<>(q.units())) {
                catalogue.unit(id).ifPresent(u -> units.add(unitView(catalogue, u)));
            }
            QualificationView qv = qualificationView(catalogue, q);
            List<String> keywords = new ArrayList<>(List.of(definition.title(), q.id()));
            keywords.addAll(q.aliases());
            DocumentMetadata md = new DocumentMetadata(definition.title() + ": " + qv.title(),
                    qv.title() + " (" + q.id() + ")", keywords, "en-GB",
                    q.awardingBody() == null ? GENERATOR : q.awardingBody(), when);
            return new DocumentModel(kind, q.id(), q.id(), versionOf(q.metadata()), qv, null, units, who, md,
                    READABLE_DATE.format(when), GENERATOR);
        }
        Unit u = catalogue.unit(subjectId).orElseThrow(() -> new IllegalArgumentException("no unit " + subjectId));
        UnitView uv = unitView(catalogue, u);
        List<String> keywords = new ArrayList<>(List.of(definition.title(), u.id()));
        keywords.addAll(u.aliases());
        String author = uv.qualifications().stream().map(QualificationRef::awardingBody)
                .filter(a -> a != null && !a.isBlank()).findFirst().orElse(GENERATOR);
        DocumentMetadata md = new DocumentMetadata(definition.title() + ": " + uv.title(),
                "Unit " + u.id() + ": " + uv.title(), keywords, "en-GB", author, when);
        return new DocumentModel(kind, u.id(), u.id(), versionOf(u.metadata()), null, uv, List.of(uv), who, md,
                READABLE_DATE.format(when), GENERATOR);
    }

    private static String versionOf(Map<String, String> metadata) {
        return metadata.entrySet().stream()
                .filter(e -> VERSION_KEYS.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst()
                .map(v -> v.replaceFirst("(?i)^version\\s*", "").strip())
                .filter(v -> !v.isEmpty()).orElse(GENERATOR_VERSION);
    }

    /** Printed facts from a source's metadata, with labels people read: {@code learningAimReference} → "Learning aim reference". */
    static List<Fact> facts(Map<String, String> metadata) {
        return metadata.entrySet().stream().filter(e -> !PRINTED_ELSEWHERE.contains(e.getKey()))
                .map(e -> new Fact(label(e.getKey()), e.getValue())).toList();
    }

    static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
        if (spaced.isEmpty()) return key;
        String lower = spaced.equals(spaced.toUpperCase(Locale.ROOT)) ? spaced : spaced.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static QualificationView qualificationView(Catalogue catalogue, Qualification q) {
        List<GroupView> groups = new ArrayList<>();
        for (RuleGroup g : q.groups()) {
            groups.add(new GroupView(text(g.name()), g.mandatory(), g.minCredits(), g.maxCredits(), g.minUnits(),
                    g.maxUnits(), g.rule(), g.units().stream().map(id -> summary(catalogue, id)).toList()));
        }
        List<UnitSummary> units = q.units().stream().distinct().map(id -> summary(catalogue, id)).toList();
        return new QualificationView(q.id(), q.aliases(), titleOf(q), q.awardingBody(), q.level(), q.credits(),
                q.glh(), groups, q.constraints(), units, q.metadata(), facts(q.metadata()));
    }

    private static UnitSummary summary(Catalogue catalogue, String id) {
        return catalogue.unit(id)
                .map(u -> new UnitSummary(u.id(), u.aliases(), titleOf(u), u.level(), u.credits(), u.glh(), true))
                .orElse(new UnitSummary(id, List.of(), "", null, null, null, false));
    }

    private static UnitView unitView(Catalogue catalogue, Unit u) {
        List<LinkView> links = new ArrayList<>();
        for (UnitLink l : u.links()) {
            String title = catalogue.unit(l.target()).map(DocumentModel::titleOf).orElse("");
            links.add(new LinkView(l.type(), l.target(), l.resolved(), l.note(), title));
        }
        List<QualificationRef> in = catalogue.qualifications().stream().filter(q -> q.units().contains(u.id()))
                .map(q -> new QualificationRef(q.id(), titleOf(q), q.awardingBody())).toList();
        return new UnitView(u.id(), u.kind(), u.aliases(), titleOf(u), u.level(), u.credits(), u.glh(),
                u.aim() == null ? "" : u.aim(), u.outcomes(), u.knowledge(), u.evidenceRequirements(), u.guidance(),
                links, u.metadata(), facts(u.metadata()), in, trackingGroups(u));
    }

    /** A unit's title, or its id when the source prints none (a bare outcome table). */
    private static String titleOf(Unit u) {
        return u.title() == null || u.title().isBlank() ? u.id() : u.title();
    }

    private static String titleOf(Qualification q) {
        return q.title() == null || q.title().isBlank() ? q.id() : q.title();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The rows of an evidence tracking sheet: each outcome's criteria, then the knowledge items. */
    static List<TrackingGroup> trackingGroups(Unit u) {
        List<TrackingGroup> groups = new ArrayList<>();
        for (LearningOutcome o : u.outcomes()) {
            groups.add(new TrackingGroup(text(o.code()), text(o.title()),
                    o.criteria().stream().map(c -> new TrackingRow(text(c.code()), text(c.text()))).toList()));
        }
        if (!u.knowledge().isEmpty()) {
            groups.add(new TrackingGroup("K", "Knowledge and understanding",
                    u.knowledge().stream().map(k -> new TrackingRow(text(k.code()), text(k.text()))).toList()));
        }
        return List.copyOf(groups);
    }

    /** What kind of document this is; {@code qualificationScope} is true for one-per-qualification documents. */
    public record DocumentKind(String name, String title, boolean qualificationScope) {
    }

    /** A qualification as its documents print it: groups carry their units' titles and credits. */
    public record QualificationView(String id, List<String> aliases, String title, String awardingBody,
            Integer level, Integer credits, String glh, List<GroupView> groups, List<Constraint> constraints,
            List<UnitSummary> units, Map<String, String> metadata, List<Fact> facts) {
        public QualificationView {
            facts = List.copyOf(facts);
            aliases = List.copyOf(aliases);
            groups = List.copyOf(groups);
            constraints = List.copyOf(constraints);
            units = List.copyOf(units);
            metadata = Map.copyOf(new java.util.TreeMap<>(metadata));
        }
    }

    /** A group of the rules of combination; bounds are null when the source states none. */
    public record GroupView(String name, boolean mandatory, Integer minCredits, Integer maxCredits,
            Integer minUnits, Integer maxUnits, String rule, List<UnitSummary> units) {
        public GroupView {
            units = List.copyOf(units);
        }
    }

    /** A unit in a list; {@code known} is false when the catalogue lacks the unit (title empty). */
    public record UnitSummary(String id, List<String> aliases, String title, Integer level, Integer credits,
            Integer glh, boolean known) {
        public UnitSummary {
            aliases = List.copyOf(aliases);
        }
    }

    /** A link to another unit with that unit's title ("" when the target is not in the catalogue). */
    public record LinkView(String type, String target, boolean resolved, String note, String title) {
    }

    /** A qualification a unit belongs to. */
    public record QualificationRef(String id, String title, String awardingBody) {
    }

    /**
     * A unit in full. {@code nationalStandard} is true for NVQ units and NOS (elements, performance
     * criteria and knowledge) rather than learning outcomes and assessment criteria.
     */
    public record UnitView(String id, String kind, List<String> aliases, String title, Integer level,
            Integer credits, Integer glh, String aim, List<LearningOutcome> outcomes, List<KnowledgeItem> knowledge,
            List<EvidenceRequirement> evidenceRequirements, List<GuidanceSection> guidance, List<LinkView> links,
            Map<String, String> metadata, List<Fact> facts, List<QualificationRef> qualifications,
            List<TrackingGroup> trackingGroups) {
        public UnitView {
            facts = List.copyOf(facts);
            aliases = List.copyOf(aliases);
            outcomes = List.copyOf(outcomes);
            knowledge = List.copyOf(knowledge);
            evidenceRequirements = List.copyOf(evidenceRequirements);
            guidance = List.copyOf(guidance);
            links = List.copyOf(links);
            metadata = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metadata));
            qualifications = List.copyOf(qualifications);
            trackingGroups = List.copyOf(trackingGroups);
        }

        public boolean nationalStandard() {
            return Unit.NVQ_UNIT.equals(kind) || Unit.NOS.equals(kind);
        }
    }

    /** One outcome's (or the knowledge's) rows on a tracking sheet. */
    public record TrackingGroup(String code, String title, List<TrackingRow> rows) {
        public TrackingGroup {
            rows = List.copyOf(rows);
        }
    }

    /** A printed fact (from the source's metadata) with a readable label. */
    public record Fact(String label, String value) {
    }

    /** One criterion or knowledge item on a tracking sheet. */
    public record TrackingRow(String code, String text) {
    }

}
