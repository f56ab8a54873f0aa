package paperwork.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A national occupational standard printed without its title takes the title of another printing
 * of the same unit, or else of a unit that says it relates to the standard.
 */
final class NosTitleFill implements CrossSourceCheck {

    @Override
    public List<Unit> apply(List<Unit> units, List<Diagnostic> out) {
        Map<String, Unit> byId = UnitLinkEdits.byId(units);
        List<Unit> result = new ArrayList<>(units.size());
        for (Unit unit : units) {
            if (!unit.kind().equals(Unit.NOS) || unit.title() != null) {
                result.add(unit);
                continue;
            }
            Optional<Unit> donor = donor(unit, units, byId);
            if (donor.isEmpty()) {
                result.add(unit);
                continue;
            }
            out.add(Diagnostic.info("title-from-other-printing", unit.source(), unit.id() + " prints no title; \""
                    + donor.get().title() + "\" is taken from " + donor.get().id() + " ("
                    + UnitLinkEdits.where(donor.get().source()) + ")"));
            result.add(unit.withTitle(donor.get().title()));
        }
        return result;
    }

    private static Optional<Unit> donor(Unit unit, List<Unit> units, Map<String, Unit> byId) {
        Optional<Unit> same = UnitLinkEdits.targets(unit, UnitLink.SAME_UNIT).stream().map(byId::get)
                .filter(u -> u != null && u.title() != null).findFirst();
        if (same.isPresent()) return same;
        return units.stream().filter(u -> u.title() != null)
                .filter(u -> UnitLinkEdits.targets(u, UnitLink.NOS_RELATIONSHIP).contains(unit.id())).findFirst();
    }
}
