package paperwork.learners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.Unit;

/**
 * The units of one qualification as a learner list may name them: by id (the UAN) or by an alias
 * (the awarding body's unit number), in any case and spacing, with or without a leading "Unit".
 * Where a unit is printed in several sources, the printing from the qualification's own source is used.
 */
final class UnitIndex {
    private static final String AMBIGUOUS = "\0ambiguous";

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Unit> elsewhere = new HashMap<>();

    UnitIndex(Qualification qualification, List<Unit> catalogueUnits) {
        Set<String> ids = new LinkedHashSet<>(qualification.units());
        for (RuleGroup g : qualification.groups()) ids.addAll(g.units());
        String home = qualification.source() == null ? null : qualification.source().file();
        Map<String, List<Unit>> printings = new HashMap<>();
        for (Unit u : catalogueUnits) printings.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(u);
        for (String id : ids) {
            List<Unit> ps = printings.getOrDefault(id, List.of());
            Unit chosen = ps.stream().filter(u -> u.source() != null && u.source().file().equals(home))
                    .findFirst().orElse(ps.isEmpty() ? null : ps.get(0));
            order.put(id, order.size());
            units.put(id, chosen);
            names.put(normalise(id), id);
        }
        // Aliases after every id, so that an alias never hides an id.
        Set<String> idKeys = new HashSet<>(names.keySet());
        for (String id : ids) {
            Unit u = units.get(id);
            if (u == null) continue;
            for (String alias : u.aliases()) {
                for (String key : List.of(normalise(alias), withoutUnitWord(normalise(alias)))) {
                    String prior = names.putIfAbsent(key, id);
                    if (prior != null && !prior.equals(id) && !idKeys.contains(key)) names.put(key, AMBIGUOUS);
                }
            }
        }
        for (Unit u : catalogueUnits) {
            elsewhere.putIfAbsent(normalise(u.id()), u);
        }
    }

    /** The qualification's unit id for what a list wrote, if the qualification has such a unit. */
    Optional<String> resolve(String written) {
        String key = normalise(written);
        String id = names.get(key);
        if (id == null) id = names.get(withoutUnitWord(key));
        return id == null || id.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(id);
    }

    /** A unit of the catalogue (outside this qualification) with that id, for a clearer message. */
    Optional<Unit> elsewhere(String written) {
        return Optional.ofNullable(elsewhere.get(normalise(written)));
    }

    boolean ambiguous(String written) {
        String key = normalise(written);
        return AMBIGUOUS.equals(names.get(key)) || AMBIGUOUS.equals(names.get(withoutUnitWord(key)));
    }

    /** The catalogue's unit, or null when the qualification names a unit the catalogue does not hold. */
    Unit unit(String id) {
        return units.get(id);
    }

    Set<String> ids() {
        return units.keySet();
    }

    int order(String id) {
        return order.getOrDefault(id, Integer.MAX_VALUE);
    }

    int credits(String id) {
        Unit u = units.get(id);
        return u == null || u.credits() == null ? 0 : u.credits();
    }

    int level(String id) {
        Unit u = units.get(id);
        return u == null || u.level() == null ? 0 : u.level();
    }

    int glh(String id) {
        Unit u = units.get(id);
        return u == null || u.glh() == null ? 0 : u.glh();
    }

    String title(String id) {
        Unit u = units.get(id);
        return u == null || u.title() == null ? "" : u.title();
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static String withoutUnitWord(String key) {
        return key.startsWith("UNIT") && key.length() > 4 ? key.substring(4) : key;
    }
}
