package paperwork.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Adding links to units and reading them back, for the cross-source checks. */
final class UnitLinkEdits {
    /** A QCF/RQF unit accreditation number: L/601/1225. */
    private static final Pattern UAN = Pattern.compile("[A-Z]/\\d{3}/\\d{4}");

    private final Map<String, List<UnitLink>> added = new LinkedHashMap<>();

    /** Adds a link from unit {@code from}, once. */
    void add(String from, UnitLink link) {
        List<UnitLink> list = added.computeIfAbsent(from, k -> new ArrayList<>());
        if (!list.contains(link)) list.add(link);
    }

    /** The units with the added links after their own, in the same order. */
    List<Unit> applyTo(List<Unit> units) {
        if (added.isEmpty()) return units;
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            List<UnitLink> more = added.get(u.id());
            if (more == null) {
                out.add(u);
                continue;
            }
            List<UnitLink> links = new ArrayList<>(u.links());
            for (UnitLink l : more) if (!links.contains(l)) links.add(l);
            out.add(u.withLinks(links));
        }
        return out;
    }

    static Map<String, Unit> byId(List<Unit> units) {
        Map<String, Unit> m = new LinkedHashMap<>();
        for (Unit u : units) m.putIfAbsent(u.id(), u);
        return m;
    }

    /** The ids of the units {@code unit} is linked to by resolved links of this type, in link order. */
    static List<String> targets(Unit unit, String type) {
        return unit.links().stream().filter(l -> l.type().equals(type) && l.resolved()).map(UnitLink::target)
                .distinct().toList();
    }

    /** The unit's accreditation number: its id, or an alias when the id had to be renamed. */
    static String uan(Unit unit) {
        if (UAN.matcher(unit.id()).matches()) return unit.id();
        return unit.aliases().stream().filter(a -> UAN.matcher(a).matches()).findFirst().orElse(null);
    }

    static String describe(Unit unit) {
        return unit.id() + (unit.title() == null ? "" : " \"" + unit.title() + "\"") + " (" + where(unit.source()) + ")";
    }

    static String where(SourceRef ref) {
        return ref.file() + ":" + ref.line();
    }

    static boolean sameFile(Unit a, Unit b) {
        return Objects.equals(a.source().file(), b.source().file());
    }
}
