package paperwork.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One printing of a unit in one source. The same unit printed in two sources is two entries,
 * joined by {@link UnitLink}s.
 *
 * @param id        the UAN where one exists, else the standard's own code (CFACSD4, A10), else an id
 *                  derived from the file name
 * @param kind      {@code qcf-unit}, {@code nvq-unit}, {@code nos} or {@code fragment}
 * @param aliases   every other code the unit is known by (C&amp;G number, HABC unit number, URN)
 * @param level     null when the source gives none
 * @param credits   null when the source gives none
 * @param glh       null when the source gives none
 * @param aim       the unit aim, or a standard's overview / "what this unit is about"
 * @param metadata  other printed facts (developed by, version, NOS relationship text, …), sorted by key
 */
public record Unit(
        String id,
        String kind,
        List<String> aliases,
        String title,
        Integer level,
        Integer credits,
        Integer glh,
        String aim,
        List<LearningOutcome> outcomes,
        List<KnowledgeItem> knowledge,
        List<EvidenceRequirement> evidenceRequirements,
        List<GuidanceSection> guidance,
        List<UnitLink> links,
        Map<String, String> metadata,
        SourceRef source) {

    public static final String QCF_UNIT = "qcf-unit";
    public static final String NVQ_UNIT = "nvq-unit";
    public static final String NOS = "nos";
    public static final String FRAGMENT = "fragment";

    public Unit {
        aliases = List.copyOf(aliases);
        outcomes = List.copyOf(outcomes);
        knowledge = List.copyOf(knowledge);
        evidenceRequirements = List.copyOf(evidenceRequirements);
        guidance = List.copyOf(guidance);
        links = List.copyOf(links);
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    public Unit withLinks(List<UnitLink> newLinks) {
        return new Unit(id, kind, aliases, title, level, credits, glh, aim, outcomes, knowledge,
                evidenceRequirements, guidance, newLinks, metadata, source);
    }

    public Unit withId(String newId, List<String> newAliases) {
        return new Unit(newId, kind, newAliases, title, level, credits, glh, aim, outcomes, knowledge,
                evidenceRequirements, guidance, links, metadata, source);
    }

    public Unit withTitle(String newTitle) {
        return new Unit(id, kind, aliases, newTitle, level, credits, glh, aim, outcomes, knowledge,
                evidenceRequirements, guidance, links, metadata, source);
    }

    /** Every criterion of every outcome, in order. */
    public List<AssessmentCriterion> allCriteria() {
        return outcomes.stream().flatMap(o -> o.criteria().stream()).toList();
    }
}
