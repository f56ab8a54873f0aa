package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import paperwork.catalogue.Constraint;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.RuleGroup;

/**
 * The rules of combination of a specification: the sentences that state them (printed once in the
 * qualification structure and again in the appendix) and the group tables (a heading such as
 * "Optional Group A", the group's own sentence, a table of units). The group's own sentence is
 * taken as the rule; every other sentence is checked against it.
 */
final class QualSpecRules {

    /** A row of a group table. Values are as printed; numbers are null when not printed. */
    record Row(String number, String uan, String title, Integer level, Integer credits, Integer glh, int line) {
    }

    /** A group while it is being read. */
    static final class GroupDraft {
        final String name;
        final int line;
        final boolean mandatory;
        final List<QualSpecRuleSentence> own = new ArrayList<>();
        final List<String> text = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();

        GroupDraft(String name, int line) {
            this.name = name;
            this.line = line;
            this.mandatory = name.toLowerCase(Locale.ROOT).contains("mandatory");
        }

        int credits() {
            return rows.stream().mapToInt(r -> r.credits() == null ? 0 : r.credits()).sum();
        }
    }

    /** Column positions of a group table's header; -1 when the table has no such column. */
    record Columns(int number, int uan, int title, int level, int credits, int glh) {
        static Optional<Columns> of(String header) {
            if (!header.contains("\t")) return Optional.empty();
            String[] cells = header.split("\t", -1);
            int number = -1, uan = -1, title = -1, level = -1, credits = -1, glh = -1;
            for (int i = 0; i < cells.length; i++) {
                String c = QualSpecPatterns.lower(cells[i]);
                if (c.contains("title")) title = i;
                else if (c.equals("uan") || c.contains("reference") || c.contains("accreditation") || c.startsWith("unit ref")) uan = i;
                else if (c.contains("unit no") || c.equals("unit") || c.contains("unit number") || c.equals("no")) number = i;
                else if (c.startsWith("level")) level = i;
                else if (c.startsWith("credit")) credits = i;
                else if (c.equals("glh") || c.contains("guided learning")) glh = i;
            }
            return title >= 0 && (uan >= 0 || number >= 0) ? Optional.of(new Columns(number, uan, title, level, credits, glh))
                    : Optional.empty();
        }

        /** The row, or empty when the line is not a row of this table (no UAN where one belongs). */
        Optional<Row> row(String line, int n) {
            String[] cells = line.split("\t", -1);
            String title = cell(cells, this.title);
            if (title == null || title.isBlank()) return Optional.empty();
            // Without a column named for it, a UAN is looked for in every cell ("Unit number" may hold it).
            String uanCell = uan >= 0 ? cell(cells, uan) : line;
            java.util.regex.Matcher m = QualSpecPatterns.UAN.matcher(uanCell == null ? "" : uanCell);
            boolean found = m.find();
            if (uan >= 0 && !found) return Optional.empty();
            String numberCell = cell(cells, number);
            if (found && numberCell != null && numberCell.contains(m.group(1))) numberCell = null;
            return Optional.of(new Row(numberCell, found ? m.group(1) : null,
                    QualSpecPatterns.collapse(title), QualSpecPatterns.firstInt(cell(cells, level)),
                    QualSpecPatterns.firstInt(cell(cells, credits)), QualSpecPatterns.firstInt(cell(cells, glh)), n));
        }

        private static String cell(String[] cells, int i) {
            return i >= 0 && i < cells.length ? QualSpecPatterns.collapse(cells[i]) : null;
        }
    }

    final List<QualSpecRuleSentence> sentences = new ArrayList<>();
    final List<GroupDraft> groups = new ArrayList<>();

    /** What the rules come to: groups, constraints, and the total of credits a sentence states. */
    record Result(List<RuleGroup> groups, List<Constraint> constraints, Integer statedTotal, int statedTotalLine) {
    }

    Result build(SourceText text, List<Diagnostic> out) {
        List<Constraint> constraints = new ArrayList<>();
        Integer total = null;
        int totalLine = 0;
        List<Bounds> bounds = new ArrayList<>();
        for (GroupDraft g : groups) bounds.add(Bounds.of(g));
        for (QualSpecRuleSentence s : sentences) {
            if (s.isLevelRule()) {
                levelRule(s, constraints, text, out);
            } else if (s.group() != null && !s.group().equals("this group")) {
                int i = find(s.group());
                if (i < 0) {
                    out.add(Diagnostic.warning("rule-group-unknown", text.ref(s.line()), "the rule \"" + s.text()
                            + "\" names " + s.group() + ", but no group table of that name is printed"));
                } else {
                    bounds.get(i).check(s, groups.get(i), text, out);
                }
            } else if (s.isTotal() && total == null) {
                total = s.amount();
                totalLine = s.line();
            }
        }
        List<RuleGroup> result = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) result.add(bounds.get(i).toGroup(groups.get(i), text));
        return new Result(result, constraints, total, totalLine);
    }

    private void levelRule(QualSpecRuleSentence s, List<Constraint> constraints, SourceText text, List<Diagnostic> out) {
        for (Constraint c : constraints) {
            if (!c.kind().equals(Constraint.MIN_CREDITS_AT_LEVEL)) continue;
            if (!Objects.equals(c.credits(), s.amount()) || !Objects.equals(c.level(), s.level())) {
                out.add(Diagnostic.warning("rule-text-disagrees", text.ref(s.line()), "this rule asks for " + s.amount()
                        + " credits at level " + s.level() + " or above, but line " + c.source().line() + " asks for "
                        + c.credits() + " at level " + c.level() + "; the first is kept"));
            }
            return;
        }
        constraints.add(new Constraint(Constraint.MIN_CREDITS_AT_LEVEL, s.amount(), s.level(), s.text(), text.ref(s.line())));
    }

    /** The group a sentence names: "optional group a" is the group headed "Optional Group A". */
    private int find(String ref) {
        for (int i = 0; i < groups.size(); i++) {
            String name = QualSpecPatterns.lower(groups.get(i).name);
            if (name.equals(ref)) return i;
            if (ref.startsWith("mandatory") && groups.get(i).mandatory) return i;
            if (ref.startsWith("group ") && name.endsWith(" " + ref)) return i;
        }
        return -1;
    }

    /** A group's bounds as its own sentence states them, and the line of that sentence. */
    private static final class Bounds {
        Integer minCredits, maxCredits, minUnits, maxUnits, statedTotal;
        boolean all;
        boolean stated;
        /** The line the bounds were read from: the group's own sentence, else the first sentence naming the group. */
        int line;

        static Bounds of(GroupDraft g) {
            Bounds b = new Bounds();
            b.all = g.mandatory;
            b.line = g.own.isEmpty() ? g.line : g.own.get(0).line();
            for (QualSpecRuleSentence s : g.own) b.take(s);
            return b;
        }

        private void take(QualSpecRuleSentence s) {
            stated = true;
            String bound = s.bound() == null ? "" : s.bound();
            switch (bound) {
                case "all" -> {
                    all = true;
                    if (s.amount() != null && !s.units()) statedTotal = s.amount();
                }
                case "min" -> {
                    if (s.units()) minUnits = s.amount(); else minCredits = s.amount();
                }
                case "max" -> {
                    if (s.units()) maxUnits = s.amount(); else maxCredits = s.amount();
                }
                case "exactly" -> {
                    if (s.units()) minUnits = maxUnits = s.amount(); else minCredits = maxCredits = s.amount();
                }
                default -> stated = stated && s.amount() != null;
            }
        }

        /** A sentence elsewhere about this group: taken when the group states nothing, else compared. */
        void check(QualSpecRuleSentence s, GroupDraft g, SourceText text, List<Diagnostic> out) {
            if ("all".equals(s.bound())) {
                all = true;
                if (s.amount() != null && !s.units()) {
                    if (statedTotal != null && !statedTotal.equals(s.amount())) {
                        out.add(Diagnostic.warning("rule-text-disagrees", text.ref(s.line()), "\"" + s.text() + "\" says "
                                + s.amount() + " credits, but " + g.name + " is stated elsewhere as " + statedTotal));
                    } else if (statedTotal == null) {
                        statedTotal = s.amount();
                    }
                }
                return;
            }
            if (!stated) {
                take(s);
                line = s.line();
                return;
            }
            Integer mine = s.units() ? ("max".equals(s.bound()) ? maxUnits : minUnits)
                    : ("max".equals(s.bound()) ? maxCredits : minCredits);
            if (s.amount() != null && !s.amount().equals(mine)) {
                out.add(Diagnostic.warning("rule-text-disagrees", text.ref(s.line()), "the rule printed here asks for "
                        + s.describe() + " from " + g.name + ", but line " + line + " asks for " + describe()
                        + "; the rule on line " + line + " is kept"));
            }
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (minCredits != null) parts.add("a minimum of " + minCredits + " credits");
            if (maxCredits != null) parts.add("a maximum of " + maxCredits + " credits");
            if (minUnits != null) parts.add("a minimum of " + minUnits + " units");
            if (maxUnits != null) parts.add("a maximum of " + maxUnits + " units");
            return parts.isEmpty() ? (all ? "all units" : "no bound") : String.join(" and ", parts);
        }

        RuleGroup toGroup(GroupDraft g, SourceText text) {
            Integer min = minCredits;
            if (all && min == null) min = statedTotal;
            String rule = g.text.isEmpty() ? null : String.join(" ", g.text);
            return new RuleGroup(g.name, all, min, maxCredits, minUnits, maxUnits,
                    g.rows.stream().map(r -> r.uan() != null ? r.uan() : r.number()).filter(Objects::nonNull).toList(),
                    rule, text.ref(g.line));
        }
    }
}
