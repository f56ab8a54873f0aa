package paperwork.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * What a specification comes to once it is all read: the qualification (key facts, rules of
 * combination, units in printed order) and its units, with the printings checked against each
 * other: rule sentences against group tables, group tables against unit pages, credit sums against
 * stated totals, and a text that ends too soon.
 */
final class QualSpecQualification {
    private static final Pattern GLH_RANGE = Pattern.compile("(\\d{1,4})\\s*(?:-|\u2013|to)\\s*(\\d{1,4})");

    private QualSpecQualification() {
    }

    static ParsedSource finish(QualSpecParser p) {
        SourceText text = p.text;
        List<Diagnostic> out = p.diagnostics;
        QualSpecUnitDraft open = p.openUnit();
        boolean endedInTable = p.endedInTable();
        p.closeUnit();
        List<Unit> units = p.buildUnits();
        truncation(p, open, endedInTable, units, out);
        if (units.isEmpty()) {
            out.add(Diagnostic.error("no-units", text.ref(0), "no unit pages (\"Unit 1: Title\" with a learning outcomes "
                    + "table) found"));
        }
        List<Qualification> qualifications = new ArrayList<>();
        if (p.front.title != null || p.front.qan != null) qualifications.add(qualification(p, units, out));
        if (!p.furniture.isEmpty()) {
            int total = p.furniture.values().stream().mapToInt(Integer::intValue).sum();
            List<String> kinds = new ArrayList<>();
            p.furniture.forEach((kind, count) -> kinds.add(kind + " \u00d7" + count));
            out.add(Diagnostic.info("page-furniture-ignored", text.ref(p.firstFurnitureLine), "ignored " + total
                    + " line(s) of page furniture: " + String.join(", ", kinds)));
        }
        if (p.sampleLines > 0) {
            out.add(Diagnostic.info("sample-material-ignored", text.ref(p.sampleLine), "ignored " + p.sampleLines
                    + " line(s) of sample assessment material (record sheets, plans, tracking sheets); they are not units"));
        }
        out.sort(Diagnostic.ORDER);
        return new ParsedSource(qualifications, units, out);
    }

    private static Qualification qualification(QualSpecParser p, List<Unit> units, List<Diagnostic> out) {
        SourceText text = p.text;
        SourceRef at = text.ref(p.front.titleLine > 0 ? p.front.titleLine : p.front.qanLine);
        Map<String, String> metadata = new TreeMap<>(p.front.metadata);
        List<String> aliases = new ArrayList<>();
        Integer credits = null;
        String glh = null;
        Integer level = p.front.title == null ? null : QualSpecPatterns.levelInTitle(p.front.title);
        for (int i = 0; i < p.front.keyFacts.size(); i++) {
            QualSpecPatterns.Fact f = p.front.keyFacts.get(i);
            String label = QualSpecPatterns.lower(f.label());
            String key = QualSpecPatterns.key(f.label());
            // Facts with a field of their own are not repeated in the metadata.
            if (label.startsWith("credit")) credits = QualSpecPatterns.firstInt(f.value());
            else if (label.equals("glh") || label.startsWith("guided learning")) glh = f.value();
            else if (label.equals("level") && level == null) level = QualSpecPatterns.firstInt(f.value());
            else metadata.put(key, f.value());
            if (label.contains("aim reference") || label.contains("qualification code")
                    || label.contains("qualification reference")) aliases.add(f.value());
        }
        Integer glhMin = null;
        Integer glhMax = null;
        if (glh != null) {
            Matcher m = GLH_RANGE.matcher(glh);
            if (m.find()) {
                glhMin = Integer.valueOf(m.group(1));
                glhMax = Integer.valueOf(m.group(2));
            } else {
                glhMin = glhMax = QualSpecPatterns.firstInt(glh);
            }
        }
        String id = p.front.qan;
        if (id == null) {
            id = QualSpecPatterns.stem(text.file());
            out.add(Diagnostic.error("missing-qan", at, "no qualification number (QAN) is printed; the qualification is kept as " + id));
        }
        QualSpecRules.Result rules = p.front.rules.build(text, out);
        if (p.front.rules.groups.isEmpty()) {
            out.add(Diagnostic.warning("no-rules-of-combination", at, "no group tables of the rules of combination "
                    + "(\"Mandatory Group\", \"Optional Group A\" with a table of units) were found"));
        }
        Map<String, Unit> byId = new HashMap<>();
        for (Unit u : units) byId.put(u.id(), u);
        List<RuleGroup> groups = resolveGroupUnits(rules.groups(), p, units);
        checkGroupCredits(rules.groups(), p, out);
        if (rules.statedTotal() != null && credits != null && !rules.statedTotal().equals(credits)) {
            out.add(Diagnostic.warning("rule-text-disagrees", text.ref(rules.statedTotalLine()), "the rules ask for "
                    + rules.statedTotal() + " credits overall, but the key facts give a credit value of " + credits));
        }
        if (credits == null && rules.statedTotal() != null) credits = rules.statedTotal();
        checkSummary(p, byId, out);
        Set<String> ids = new LinkedHashSet<>();
        groups.forEach(g -> ids.addAll(g.units()));
        for (Unit u : units) {
            if (!ids.contains(u.id()) && !groups.isEmpty()) {
                out.add(Diagnostic.warning("unit-not-in-rules", u.source(), "unit " + u.id() + " has a unit page but is in "
                        + "no group of the rules of combination"));
            }
            ids.add(u.id());
        }
        String body = p.front.title == null ? null : QualSpecPatterns.awardingBodyInTitle(p.front.title);
        return new Qualification(id, aliases, p.front.title, body, level, credits, glh, glhMin, glhMax, groups,
                rules.constraints(), List.copyOf(ids), metadata, at);
    }

    /** A group row names its unit by UAN; a row without one is matched to a unit page by its number. */
    private static List<RuleGroup> resolveGroupUnits(List<RuleGroup> groups, QualSpecParser p, List<Unit> units) {
        Map<String, String> byNumber = new HashMap<>();
        for (Unit u : units) if (!u.aliases().isEmpty()) byNumber.putIfAbsent(u.aliases().get(0), u.id());
        List<RuleGroup> out = new ArrayList<>();
        for (RuleGroup g : groups) {
            List<String> ids = g.units().stream().map(id -> byNumber.getOrDefault(id, id)).toList();
            out.add(new RuleGroup(g.name(), g.mandatory(), g.minCredits(), g.maxCredits(), g.minUnits(), g.maxUnits(), ids,
                    g.rule(), g.source()));
        }
        return out;
    }

    /** A mandatory group's stated total against the sum of its table; a minimum no group can give. */
    private static void checkGroupCredits(List<RuleGroup> groups, QualSpecParser p, List<Diagnostic> out) {
        for (int i = 0; i < groups.size(); i++) {
            RuleGroup g = groups.get(i);
            QualSpecRules.GroupDraft d = p.front.rules.groups.get(i);
            int sum = d.credits();
            if (g.mandatory() && g.minCredits() != null && g.minCredits() != sum) {
                out.add(Diagnostic.warning("group-credits-disagree", g.source(), g.name() + " is stated to total "
                        + g.minCredits() + " credits, but the credits of its units add up to " + sum));
            } else if (!g.mandatory() && g.minCredits() != null && sum < g.minCredits()) {
                out.add(Diagnostic.warning("group-credits-disagree", g.source(), g.name() + " asks for a minimum of "
                        + g.minCredits() + " credits, but its units give only " + sum));
            } else if (!g.mandatory() && g.minUnits() != null && d.rows.size() < g.minUnits()) {
                out.add(Diagnostic.warning("group-credits-disagree", g.source(), g.name() + " asks for a minimum of "
                        + g.minUnits() + " units, but only " + d.rows.size() + " are listed"));
            }
        }
    }

    /** The group tables' title, level, credit and GLH against each unit's own page. */
    private static void checkSummary(QualSpecParser p, Map<String, Unit> byId, List<Diagnostic> out) {
        Map<String, Unit> byNumber = new HashMap<>();
        for (Unit u : byId.values()) if (!u.aliases().isEmpty()) byNumber.putIfAbsent(u.aliases().get(0), u);
        for (QualSpecRules.GroupDraft g : p.front.rules.groups) {
            for (QualSpecRules.Row r : g.rows) {
                Unit u = r.uan() != null ? byId.get(r.uan()) : null;
                if (u == null && r.number() != null) u = byNumber.get(r.number());
                SourceRef at = p.text.ref(r.line());
                String name = r.uan() != null ? r.uan() : "unit " + r.number();
                if (u == null) {
                    out.add(Diagnostic.warning("unit-page-missing", at, name + " (\"" + r.title() + "\") is listed in "
                            + g.name + " but has no unit page"));
                    continue;
                }
                if (r.uan() != null && !r.uan().equals(u.id())) {
                    out.add(Diagnostic.warning("summary-disagrees", at, "unit " + r.number() + " is listed as " + r.uan()
                            + ", but its page prints " + u.id()));
                }
                List<String> diffs = new ArrayList<>();
                if (!QualSpecPatterns.comparable(r.title()).equals(QualSpecPatterns.comparable(u.title()))) {
                    diffs.add("title \"" + r.title() + "\" (page: \"" + u.title() + "\")");
                }
                differ(diffs, "level", r.level(), u.level());
                differ(diffs, "credit", r.credits(), u.credits());
                differ(diffs, "GLH", r.glh(), u.glh());
                if (!diffs.isEmpty()) {
                    out.add(Diagnostic.warning("summary-disagrees", at, "the rules of combination list " + name + " with "
                            + String.join(", ", diffs) + "; the unit page is kept"));
                }
            }
        }
    }

    private static void differ(List<String> diffs, String what, Integer summary, Integer page) {
        if (summary != null && page != null && !Objects.equals(summary, page)) {
            diffs.add(what + " " + summary + " (page: " + page + ")");
        }
    }

    private static final java.util.Set<String> DANGLING = java.util.Set.of("a", "an", "the", "and", "or", "of", "to", "be",
            "with", "for", "in", "on", "by", "that", "their", "should");

    /** The last line opens a {@code <p>} it never closes, or the last criterion breaks off ("… who should be"). */
    private static boolean cutShort(String lastLine, QualSpecUnitDraft open) {
        int opened = lastLine.split("<p>", -1).length - 1;
        int closed = lastLine.split("</p>", -1).length - 1;
        if (opened > closed) return true;
        QualSpecUnitDraft.CriterionDraft c = open.lastCriterion();
        return c != null && breaksOff(c.text.toString());
    }

    /** The text ends on a word no sentence ends with: "… standards of". */
    private static boolean breaksOff(String text) {
        String t = QualSpecCells.plainText(text.replace('\t', ' '));
        String word = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return DANGLING.contains(word);
    }

    /** Every other unit page goes on after its table (with guidance), and this one stops there. */
    private static boolean othersGoOn(QualSpecParser p, QualSpecUnitDraft open) {
        List<QualSpecUnitDraft> others = p.unitDrafts.stream().filter(d -> d != open).toList();
        return !others.isEmpty() && open.guidance.isEmpty() && others.stream().allMatch(d -> !d.guidance.isEmpty());
    }

    /**
     * A text that stops inside a unit's table, before any unit page, or inside a table of the sample
     * material has lost its end. Only the first is a loss to the catalogue.
     */
    private static void truncation(QualSpecParser p, QualSpecUnitDraft open, boolean endedInTable, List<Unit> units,
            List<Diagnostic> out) {
        SourceText text = p.text;
        if (p.lastTextLine == 0) return;
        SourceRef end = text.ref(p.lastTextLine);
        String last = text.line(p.lastTextLine);
        if (p.part == QualSpecParser.Part.SAMPLE) {
            Unit tracked = units.stream().filter(u -> u.id().equals(p.sampleUnit)).findFirst().orElse(null);
            List<String> codes = tracked == null ? List.of() : tracked.allCriteria().stream().map(c -> c.code()).toList();
            int at = p.sampleCriterion == null ? -1 : codes.indexOf(p.sampleCriterion);
            if (last.contains("\t") && at >= 0 && at < codes.size() - 1) {
                out.add(Diagnostic.info("truncated-source", end, "the text ends in the sample tracking sheet for unit "
                        + tracked.id() + " at criterion " + p.sampleCriterion + " of its " + codes.size()
                        + "; the rest is lost, but sample material is not read, so no unit is affected"));
            } else if (last.contains("\t") && breaksOff(last)) {
                out.add(Diagnostic.info("truncated-source", end, "the text ends in the middle of a sentence in a table of "
                        + "the sample material; the rest is lost, but sample material is not read, so no unit is affected"));
            }
        } else if (open != null && open.outcomes.isEmpty()) {
            out.add(Diagnostic.error("truncated-source", end, "the text ends in unit " + open.id(text)
                    + " before its outcome table; the unit has no outcomes"));
        } else if (open != null && endedInTable && (cutShort(last, open) || othersGoOn(p, open))) {
            out.add(Diagnostic.warning("truncated-source", end, "the text ends inside the outcome table of unit "
                    + open.id(text) + ", with nothing after it; the unit may be incomplete"));
        } else if (open == null && p.unitDrafts.isEmpty()) {
            out.add(Diagnostic.error("truncated-source", end, "the text ends before any unit page"));
        }
    }
}
