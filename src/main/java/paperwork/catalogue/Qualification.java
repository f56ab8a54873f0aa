package paperwork.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A qualification as printed in one source.
 *
 * @param id      the QAN (e.g. 601/4027/6)
 * @param glh     as printed, e.g. "289-375"; {@code glhMin}/{@code glhMax} are its bounds
 * @param groups  the rules of combination's groups, in printed order (empty when the source gives none)
 * @param units   every unit id of the qualification, in printed order
 */
public record Qualification(
        String id,
        List<String> aliases,
        String title,
        String awardingBody,
        Integer level,
        Integer credits,
        String glh,
        Integer glhMin,
        Integer glhMax,
        List<RuleGroup> groups,
        List<Constraint> constraints,
        List<String> units,
        Map<String, String> metadata,
        SourceRef source) {
    public Qualification {
        aliases = List.copyOf(aliases);
        groups = List.copyOf(groups);
        constraints = List.copyOf(constraints);
        units = List.copyOf(units);
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
