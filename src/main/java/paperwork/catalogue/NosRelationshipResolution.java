package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "This unit directly relates to Unit B7": the unit-pack parser keeps the printed code in an
 * unresolved link; here it is looked up among the units of every source (by id, then by alias),
 * preferring national standards, which are what such sentences point at.
 */
final class NosRelationshipResolution implements CrossSourceCheck {

    @Override
    public List<Unit> apply(List<Unit> units, List<Diagnostic> out) {
        Map<String, List<Unit>> byCode = null;
        List<Unit> result = new ArrayList<>(units.size());
        for (Unit unit : units) {
            if (unit.links().stream().noneMatch(NosRelationshipResolution::pending)) {
                result.add(unit);
                continue;
            }
            if (byCode == null) byCode = index(units);
            List<UnitLink> links = new ArrayList<>();
            for (UnitLink link : unit.links()) links.add(pending(link) ? resolve(unit, link, byCode, out) : link);
            result.add(unit.withLinks(links));
        }
        return result;
    }

    /** Every unit under its id and each alias, normalised; in catalogue order. */
    private static Map<String, List<Unit>> index(List<Unit> units) {
        Map<String, List<Unit>> byCode = new HashMap<>();
        for (Unit u : units) {
            byCode.computeIfAbsent(normalise(u.id()), k -> new ArrayList<>()).add(u);
            for (String alias : u.aliases()) {
                List<Unit> list = byCode.computeIfAbsent(normalise(alias), k -> new ArrayList<>());
                if (!list.contains(u)) list.add(u);
            }
        }
        return byCode;
    }

    private static boolean pending(UnitLink link) {
        return link.type().equals(UnitLink.NOS_RELATIONSHIP) && !link.resolved();
    }

    private static UnitLink resolve(Unit from, UnitLink link, Map<String, List<Unit>> byCode, List<Diagnostic> out) {
        String code = normalise(link.target());
        List<Unit> candidates = byCode.getOrDefault(code, List.of()).stream()
                .filter(u -> u != from)
                .sorted(Comparator.comparingInt(NosRelationshipResolution::preference)
                        .thenComparingInt(u -> normalise(u.id()).equals(code) ? 0 : 1))
                .toList();
        if (candidates.isEmpty()) {
            out.add(Diagnostic.warning("unresolved-link", from.source(), from.id() + " relates to unit "
                    + link.target() + ", which is in none of the sources read; the link is kept unresolved"));
            return link;
        }
        Unit target = candidates.get(0);
        if (candidates.size() > 1) {
            out.add(Diagnostic.info("ambiguous-link", from.source(), from.id() + " relates to unit " + link.target()
                    + ", a code used by " + candidates.stream().map(UnitLinkEdits::describe).toList()
                    + "; linked to " + target.id()));
        }
        return new UnitLink(link.type(), target.id(), true, link.note());
    }

    /** National standards first (an NVQ unit or a NOS), then exact ids before aliases, then source order. */
    private static int preference(Unit u) {
        return u.kind().equals(Unit.NVQ_UNIT) || u.kind().equals(Unit.NOS) ? 0 : 1;
    }

    /** "b 7", "B7." and "Unit B7" all name B7. */
    static String normalise(String code) {
        String s = code.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("UNIT ")) s = s.substring(5);
        return s.replaceAll("[\\s.]+$", "").replaceAll("\\s+", "");
    }
}
