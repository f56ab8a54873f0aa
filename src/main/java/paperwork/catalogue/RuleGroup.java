package paperwork.catalogue;

import java.util.List;

/**
 * A group of the rules of combination. Bounds are null when the source states none.
 * {@code mandatory}: every unit of the group must be achieved.
 */
public record RuleGroup(
        String name,
        boolean mandatory,
        Integer minCredits,
        Integer maxCredits,
        Integer minUnits,
        Integer maxUnits,
        List<String> units,
        String rule,
        SourceRef source) {
    public RuleGroup {
        units = List.copyOf(units);
    }
}
