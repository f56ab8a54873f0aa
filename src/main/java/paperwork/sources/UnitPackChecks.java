package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.sources.UnitPackLines.OutcomeHeading;
import paperwork.sources.UnitPackSummary.Column;
import paperwork.sources.UnitPackSummary.QualificationRow;
import paperwork.sources.UnitPackSummary.UnitRow;

/**
 * Puts a unit pack together: builds each unit, checks it against what the front matter says of
 * it (summary table: title, level, GLH, credit; stated and listed outcomes), and turns the
 * summary table's tick columns into one {@link Qualification} per column.
 */
final class UnitPackChecks {
    private static final Pattern LEVEL_IN_TITLE = Pattern.compile("(?i)\\blevel\\s*(\\d{1,2})\\b|\\bL(\\d{1,2})\\b");

    private final SourceText text;
    private final UnitPackSummary summary;
    private final List<Diagnostic> out;
    /** The id of the unit each summary row was matched to: a qualification lists the unit as catalogued. */
    private final Map<UnitRow, String> unitIds = new java.util.HashMap<>();

    UnitPackChecks(SourceText text, UnitPackSummary summary, List<Diagnostic> diagnostics) {
        this.text = text;
        this.summary = summary;
        this.out = new ArrayList<>(diagnostics);
    }

    ParsedSource apply(List<UnitPackDraft> drafts) {
        Map<String, UnitRow> byNumber = new LinkedHashMap<>();
        Map<String, UnitRow> byUan = new LinkedHashMap<>();
        for (UnitRow r : summary.rows) {
            byNumber.putIfAbsent(r.number(), r);
            byUan.putIfAbsent(r.uan(), r);
        }
        List<Unit> units = new ArrayList<>();
        Set<UnitRow> matched = new java.util.HashSet<>();
        for (UnitPackDraft d : drafts) {
            UnitRow byNum = byNumber.get(d.number);
            Unit u = d.build(text, byNum == null ? null : byNum.uan(), out);
            outcomeChecks(d, u);
            UnitRow row = byUan.containsKey(u.id()) ? byUan.get(u.id()) : byNum;
            if (row != null) {
                matched.add(row);
                unitIds.putIfAbsent(row, u.id());
                compare(row, d, u);
            } else if (!summary.rows.isEmpty()) {
                out.add(Diagnostic.warning("unit-not-in-summary", u.source(), "unit " + d.number + " (" + u.id()
                        + ") is not in the summary table of units"));
            }
            units.add(u);
        }
        for (UnitRow r : summary.rows) {
            if (!matched.contains(r)) {
                out.add(Diagnostic.warning("unit-not-printed", text.ref(r.line()), "the summary table lists unit "
                        + r.number() + " (" + r.uan() + ") but the pack prints no page for it"));
            }
        }
        return new ParsedSource(qualifications(), units, out);
    }

    private void outcomeChecks(UnitPackDraft d, Unit u) {
        int found = u.outcomes().size();
        if (d.statedOutcomes != null && d.statedOutcomes != found) {
            out.add(Diagnostic.warning("outcome-count-disagrees", text.ref(d.statedOutcomesLine), "unit " + d.number
                    + " says it has " + d.statedOutcomes + " learning outcome(s); " + found + " are printed with criteria"));
        }
        if (found == 0) {
            out.add(Diagnostic.warning("unit-without-outcomes", u.source(), "unit " + d.number + " has no learning "
                    + "outcomes with assessment criteria"));
        }
        for (int i = 0; i < d.listed.size(); i++) {
            OutcomeHeading listed = d.listed.get(i);
            int line = d.listedLines.get(i);
            var printed = u.outcomes().stream().filter(o -> o.code().equals(Integer.toString(listed.number()))).findFirst();
            if (printed.isEmpty()) {
                if (found > 0) {
                    out.add(Diagnostic.warning("listed-outcome-missing", text.ref(line), "outcome " + listed.number()
                            + " of unit " + d.number + " is listed but has no criteria section"));
                }
                continue;
            }
            differs("outcome " + listed.number() + " of unit " + d.number, "the list of outcomes", listed.title(),
                    "its criteria section", printed.get().title(), line);
        }
        for (UnitPackDraft.GuidanceDraft g : d.guidance) {
            if (g.outcome() == null) continue;
            var printed = u.outcomes().stream().filter(o -> o.code().equals(g.outcome())).findFirst();
            if (printed.isEmpty()) {
                out.add(Diagnostic.warning("guidance-outcome-unknown", text.ref(g.line()), "guidance of unit " + d.number
                        + " is headed outcome " + g.outcome() + ", which the unit does not have"));
            } else if (!g.outcomeTitle().isEmpty()) {
                differs("outcome " + g.outcome() + " of unit " + d.number, "the guidance", g.outcomeTitle(),
                        "its criteria section", printed.get().title(), g.line());
            }
        }
    }

    private void compare(UnitRow row, UnitPackDraft d, Unit u) {
        String what = "unit " + d.number;
        if (!row.number().equals(d.number)) {
            out.add(Diagnostic.warning("summary-disagrees", text.ref(row.line()), "the summary table gives UAN "
                    + row.uan() + " unit number " + row.number() + "; the unit page numbers it " + d.number));
        }
        if (!row.uan().equals(u.id())) {
            out.add(Diagnostic.warning("summary-disagrees", text.ref(row.line()), "the summary table gives " + what
                    + " the UAN " + row.uan() + "; its page prints " + u.id()));
        }
        if (row.title() != null) differs(what, "the summary table", row.title(), "its page", u.title(), row.line());
        value(what, "level", row.level(), u.level(), row.line());
        value(what, "GLH", row.glh(), u.glh(), row.line());
        value(what, "credit value", row.credit(), u.credits(), row.line());
    }

    private void value(String what, String name, Integer inSummary, Integer onPage, int line) {
        if (inSummary == null || onPage == null || inSummary.equals(onPage)) return;
        out.add(Diagnostic.warning("summary-disagrees", text.ref(line), "the summary table gives " + what + " "
                + name + " " + inSummary + "; its page prints " + onPage + " (the page is kept)"));
    }

    /** Two printings of one title: a warning when the words differ, an info when only case or spacing does. */
    private void differs(String what, String firstPlace, String first, String secondPlace, String second, int line) {
        String a = UnitPackLines.collapse(first);
        String b = UnitPackLines.collapse(second);
        if (a.equals(b)) return;
        String message = "the title of " + what + " in " + firstPlace + " (\"" + a + "\") differs from " + secondPlace
                + " (\"" + b + "\")";
        if (squash(a).equals(squash(b))) out.add(Diagnostic.info("title-differs", text.ref(line), message + " only in case or spacing"));
        else out.add(Diagnostic.warning("title-differs", text.ref(line), message));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** One qualification per tick column, matched to a printed qualification by its level and words. */
    private List<Qualification> qualifications() {
        Map<String, QualificationRow> first = new LinkedHashMap<>();
        for (QualificationRow q : summary.qualifications) {
            QualificationRow before = first.putIfAbsent(q.qan(), q);
            if (before != null && !Objects.equals(before.title(), q.title())) {
                out.add(Diagnostic.warning("qualification-title-differs", text.ref(q.line()), "qualification " + q.qan()
                        + " is printed as \"" + q.title() + "\" here and as \"" + before.title() + "\" on line " + before.line()));
            }
        }
        List<QualificationRow> printed = new ArrayList<>(first.values());
        List<Qualification> result = new ArrayList<>();
        Set<QualificationRow> used = new java.util.HashSet<>();
        for (int c = 0; c < summary.columns.size(); c++) {
            Column column = summary.columns.get(c);
            QualificationRow q = match(column, printed, c, used);
            List<String> units = tickedUnits(c, column);
            result.add(qualification(column, q, units));
        }
        for (QualificationRow q : printed) {
            if (!used.contains(q) && !summary.columns.isEmpty()) {
                out.add(Diagnostic.warning("qualification-without-column", text.ref(q.line()), "qualification " + q.qan()
                        + " has no column in the summary table of units; it is not in the catalogue"));
            }
        }
        if (!result.isEmpty()) {
            out.add(Diagnostic.info("no-rules-of-combination", text.ref(summary.columns.get(0).line()), "the pack prints "
                    + "which qualifications include each unit but no rules of combination; the "
                    + result.size() + " qualification(s) have units and no groups"));
        }
        return result;
    }

    private QualificationRow match(Column column, List<QualificationRow> printed, int index, Set<QualificationRow> used) {
        List<QualificationRow> candidates = printed.stream().filter(q -> fits(column.heading(), q.title())).toList();
        if (candidates.size() == 1) {
            used.add(candidates.get(0));
            return candidates.get(0);
        }
        if (printed.size() == summary.columns.size()) {
            QualificationRow q = printed.get(index);
            out.add(Diagnostic.warning("qualification-column-guessed", text.ref(column.line()), "the column \""
                    + column.heading() + "\" matches " + candidates.size() + " printed qualifications by level and name; "
                    + "taken by position as " + q.qan() + " (" + q.title() + ")"));
            used.add(q);
            return q;
        }
        out.add(Diagnostic.warning("qualification-unknown", text.ref(column.line()), "the column \"" + column.heading()
                + "\" matches no printed qualification; it is kept under its heading as id"));
        return null;
    }

    /** "L2 Cert" fits "Level 2 Certificate in …": same level, every other word the start of a word of the title. */
    static boolean fits(String heading, String title) {
        if (title == null) return false;
        Integer hl = levelOf(heading);
        Integer tl = levelOf(title);
        if (hl == null || !hl.equals(tl)) return false;
        List<String> words = List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"));
        for (String w : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (w.isEmpty() || w.matches("l?\\d+|level")) continue;
            if (words.stream().noneMatch(t -> t.startsWith(w))) return false;
        }
        return true;
    }

    static Integer levelOf(String s) {
        Matcher m = LEVEL_IN_TITLE.matcher(s);
        if (!m.find()) return null;
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private List<String> tickedUnits(int c, Column column) {
        List<String> units = new ArrayList<>();
        for (UnitRow r : summary.rows) {
            String mark = r.marks().get(c);
            Boolean tick = UnitPackSummary.isTick(mark);
            if (tick == null) {
                out.add(Diagnostic.warning("unrecognised-mark", text.ref(r.line()), "the summary table prints \"" + mark
                        + "\" for unit " + r.number() + " under \"" + column.heading() + "\"; it is not a tick and is "
                        + "read as not included"));
            } else if (tick) {
                units.add(unitIds.getOrDefault(r, r.uan()));
            }
        }
        return units;
    }

    private Qualification qualification(Column column, QualificationRow q, List<String> units) {
        String id = q == null ? column.heading() : q.qan();
        String title = q == null ? column.heading() : q.title();
        Map<String, String> metadata = new TreeMap<>();
        metadata.put("summaryColumn", column.heading());
        if (units.isEmpty()) zeroUnits(column, q, id);
        List<String> aliases = q == null || q.number() == null ? List.of() : List.of(q.number());
        int line = q == null ? column.line() : q.line();
        return new Qualification(id, aliases, title, summary.awardingBody, title == null ? null : levelOf(title), null,
                null, null, null, List.of(), List.of(), units, metadata, text.ref(line));
    }

    /**
     * A qualification none of the pack's units belong to. When another printed list of the pack's
     * qualifications leaves it out, the pack says so itself (an info); otherwise it is a doubt.
     */
    private void zeroUnits(Column column, QualificationRow q, String id) {
        Set<Integer> tables = summary.qualifications.stream().map(QualificationRow::table)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Integer> omitting = new ArrayList<>();
        for (int t : tables) {
            if (q != null && summary.qualifications.stream().noneMatch(r -> r.table() == t && r.qan().equals(q.qan()))) {
                omitting.add(summary.qualifications.stream().filter(r -> r.table() == t)
                        .mapToInt(QualificationRow::tableLine).min().orElse(0));
            }
        }
        if (!omitting.isEmpty()) {
            out.add(Diagnostic.info("qualification-without-units", text.ref(column.line()), "no unit is ticked under \""
                    + column.heading() + "\" (" + id + "); consistently, the list of qualifications on line "
                    + omitting.get(0) + " leaves it out: none of this pack's units belong to it"));
        } else {
            out.add(Diagnostic.warning("qualification-without-units", text.ref(column.line()), "no unit is ticked under \""
                    + column.heading() + "\" (" + id + ")"));
        }
    }
}
