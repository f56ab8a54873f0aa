package paperwork.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.sources.QualSpecCells.PrintedCriterion;
import paperwork.sources.QualSpecCells.PrintedOutcome;

/**
 * One unit page of a specification while it is read: heading, facts (UAN, credit, GLH, level),
 * aim, the outcome table's rows as printed and the guidance after it. {@link #build} numbers the
 * outcomes and criteria once the whole unit is known and reports every repair.
 */
final class QualSpecUnitDraft {

    static final class OutcomeDraft {
        final PrintedOutcome printed;
        final int line;
        final List<CriterionDraft> criteria = new ArrayList<>();

        OutcomeDraft(PrintedOutcome printed, int line) {
            this.printed = printed;
            this.line = line;
        }
    }

    static final class CriterionDraft {
        final PrintedCriterion printed;
        final int line;
        final StringBuilder text;

        CriterionDraft(PrintedCriterion printed, int line) {
            this.printed = printed;
            this.line = line;
            this.text = new StringBuilder(printed.text());
        }
    }

    record GuidanceDraft(String title, int line, List<String> paragraphs) {
    }

    final QualSpecPatterns.UnitHeading heading;
    final StringBuilder title;
    final int line;
    String uan;
    int uanLine;
    final List<String> aliases = new ArrayList<>();
    Integer credits;
    Integer glh;
    Integer level;
    final List<String> aim = new ArrayList<>();
    Integer statedOutcomes;
    int statedOutcomesLine;
    final Map<String, String> metadata = new TreeMap<>();
    final List<OutcomeDraft> outcomes = new ArrayList<>();
    final List<GuidanceDraft> guidance = new ArrayList<>();
    boolean tableSeen;

    QualSpecUnitDraft(QualSpecPatterns.UnitHeading heading, int line) {
        this.heading = heading;
        this.title = new StringBuilder(heading.title());
        this.line = line;
        aliases.add(heading.number());
    }

    OutcomeDraft lastOutcome() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }

    CriterionDraft lastCriterion() {
        for (int i = outcomes.size() - 1; i >= 0; i--) {
            List<CriterionDraft> c = outcomes.get(i).criteria;
            if (!c.isEmpty()) return c.get(c.size() - 1);
        }
        return null;
    }

    /** The number the next criterion of the last outcome is expected to start with. */
    int expectedMajor() {
        OutcomeDraft o = lastOutcome();
        if (o == null) return 1;
        if (o.printed.code() != null) return o.printed.code();
        return outcomes.size();
    }

    /** The id this unit is known by: its UAN, else one derived from the file and the unit number. */
    String id(SourceText text) {
        return uan != null ? uan : QualSpecPatterns.stem(text.file()) + "-unit-" + heading.number();
    }

    Unit build(SourceText text, List<Diagnostic> out) {
        SourceRef at = text.ref(line);
        String id = id(text);
        if (uan == null) {
            out.add(Diagnostic.warning("missing-uan", at, "unit " + heading.number() + " (\"" + title
                    + "\") prints no unit accreditation number; it is kept as " + id));
        }
        List<LearningOutcome> built = new ArrayList<>();
        int previous = 0;
        for (OutcomeDraft o : outcomes) {
            int code;
            String printedCode = null;
            if (o.printed.code() == null) {
                code = previous + 1;
                printedCode = "";
                out.add(Diagnostic.warning("outcome-code-inferred", text.ref(o.line), "outcome \"" + abbreviate(o.printed.title())
                        + "\" of unit " + id + " is printed without a number; numbered " + code + " after the one before"));
            } else {
                code = o.printed.code();
                if (code != previous + 1) {
                    out.add(Diagnostic.info("numbering-gap", text.ref(o.line), "unit " + id + ": outcome " + code
                            + " follows outcome " + previous + "; kept as printed"));
                }
            }
            previous = code;
            built.add(new LearningOutcome(String.valueOf(code), o.printed.title(), printedCode, criteria(id, code, o, text, out),
                    text.ref(o.line)));
        }
        if (built.isEmpty()) {
            out.add(Diagnostic.warning("unit-without-outcomes", at, "unit " + id + " has no learning outcomes table"));
        }
        if (statedOutcomes != null && statedOutcomes != built.size()) {
            out.add(Diagnostic.warning("outcome-count-disagrees", text.ref(statedOutcomesLine), "unit " + id + " says it has "
                    + statedOutcomes + " learning outcomes, but " + built.size() + " are printed"));
        }
        return new Unit(id, Unit.QCF_UNIT, aliases, title.toString(), level, credits, glh,
                aim.isEmpty() ? null : String.join("\n\n", aim), built, List.of(), List.of(), guidance(text), List.of(),
                metadata, at);
    }

    private static List<AssessmentCriterion> criteria(String id, int outcome, OutcomeDraft o, SourceText text,
            List<Diagnostic> out) {
        List<AssessmentCriterion> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int previous = 0;
        for (CriterionDraft c : o.criteria) {
            PrintedCriterion p = c.printed;
            int minor;
            String printedCode = null;
            if (p.minor() == null) {
                minor = previous + 1;
                printedCode = "";
                out.add(Diagnostic.warning("criterion-code-inferred", text.ref(c.line), "unit " + id + ": a criterion of outcome "
                        + outcome + " is printed without a number (\"" + abbreviate(c.text.toString()) + "\"); numbered "
                        + outcome + "." + minor + " after the one before"));
            } else {
                minor = p.minor();
                if (p.major() != outcome) {
                    printedCode = p.printed();
                    out.add(Diagnostic.warning("criterion-code-repaired", text.ref(c.line), "unit " + id + ": criterion "
                            + p.printed() + " is printed under outcome " + outcome + "; read as " + outcome + "." + minor));
                } else if (minor != previous + 1 && minor != previous) {
                    out.add(Diagnostic.info("numbering-gap", text.ref(c.line), "unit " + id + ": criterion " + outcome + "."
                            + minor + " follows " + (previous == 0 ? "the outcome's title" : outcome + "." + previous)
                            + "; kept as printed"));
                }
            }
            String code = outcome + "." + minor;
            if (!seen.add(code)) {
                out.add(Diagnostic.warning("duplicate-criterion-code", text.ref(c.line), "unit " + id + ": criterion " + code
                        + " is printed twice; both are kept"));
            }
            if (c.text.isEmpty()) {
                out.add(Diagnostic.warning("criterion-without-text", text.ref(c.line), "unit " + id + ": criterion " + code
                        + " has no text"));
            }
            previous = minor;
            result.add(new AssessmentCriterion(code, c.text.toString(), printedCode, text.ref(c.line)));
        }
        if (result.isEmpty()) {
            out.add(Diagnostic.warning("outcome-without-criteria", text.ref(o.line), "unit " + id + ": outcome " + outcome
                    + " has no assessment criteria"));
        }
        return result;
    }

    private List<GuidanceSection> guidance(SourceText text) {
        return guidance.stream().map(g -> new GuidanceSection(g.title(), null,
                g.paragraphs().stream().map(p -> new GuidanceSection.Paragraph(0, p)).toList(), text.ref(g.line())))
                .toList();
    }

    static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }
}
