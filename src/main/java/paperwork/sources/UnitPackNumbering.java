package paperwork.sources;

import java.util.ArrayList;
import java.util.List;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.EvidenceRequirement;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.sources.UnitPackDraft.CriterionDraft;
import paperwork.sources.UnitPackDraft.EvidenceDraft;
import paperwork.sources.UnitPackDraft.OutcomeDraft;

/**
 * Judges the numbers printed in one unit: infers the number of an item printed without one from
 * its neighbours, repairs a criterion whose outcome part or punctuation is plainly misprinted, and
 * keeps genuine gaps as printed. Each judgement is a diagnostic.
 */
final class UnitPackNumbering {
    private static final java.util.Set<String> DANGLING = java.util.Set.of("a", "an", "the", "and", "or", "nor", "of",
            "its", "their", "his", "her", "your", "our", "my");

    private final SourceText text;
    private final String unit;
    private final List<Diagnostic> out;

    UnitPackNumbering(SourceText text, String unit, List<Diagnostic> out) {
        this.text = text;
        this.unit = unit;
        this.out = out;
    }

    List<LearningOutcome> outcomes(List<OutcomeDraft> drafts) {
        List<LearningOutcome> result = new ArrayList<>();
        int previous = 0;
        for (OutcomeDraft o : drafts) {
            if (o.number == previous) {
                out.add(Diagnostic.warning("duplicate-code", ref(o.line), "outcome " + o.number + " of " + unit
                        + " is printed twice; both are kept"));
            } else if (o.number != previous + 1) {
                out.add(Diagnostic.warning("numbering-gap", ref(o.line), "outcome " + o.number + " of " + unit
                        + " follows outcome " + previous + "; kept as printed"));
            }
            previous = o.number;
            if (o.criteria.isEmpty()) {
                out.add(Diagnostic.warning("outcome-without-criteria", ref(o.line), "outcome " + o.number + " of " + unit
                        + " has no assessment criteria"));
            }
            result.add(new LearningOutcome(Integer.toString(o.number), o.title.toString(), criteria(o), ref(o.line)));
        }
        return result;
    }

    private List<AssessmentCriterion> criteria(OutcomeDraft o) {
        List<Integer> printed = new ArrayList<>();
        for (CriterionDraft c : o.criteria) printed.add(c.code == null ? null : c.code.number());
        int[] numbers = infer(printed, "criterion", o.number + ".", o.criteria.stream().map(c -> c.line).toList());
        List<AssessmentCriterion> result = new ArrayList<>();
        for (int i = 0; i < o.criteria.size(); i++) {
            CriterionDraft c = o.criteria.get(i);
            String code = o.number + "." + numbers[i];
            String printedCode = null;
            if (c.code == null) {
                printedCode = "";
            } else if (c.code.outcome() != o.number) {
                printedCode = c.code.token();
                out.add(Diagnostic.warning("code-repaired", ref(c.line), "criterion " + c.code.token() + " is printed "
                        + "under outcome " + o.number + " of " + unit + "; read as " + code));
            } else if (c.code.strayStop() || !c.code.token().equals(code)) {
                printedCode = c.code.token();
                out.add(Diagnostic.info("code-repaired", ref(c.line), "criterion code \"" + c.code.token() + "\" of "
                        + unit + " read as " + code));
            }
            if (c.text.isEmpty()) {
                out.add(Diagnostic.warning("criterion-without-text", ref(c.line), "criterion " + code + " of " + unit
                        + " has no text"));
            } else if (endsCutShort(c.text.toString())) {
                out.add(Diagnostic.warning("text-cut-short", ref(c.line), "criterion " + code + " of " + unit
                        + " ends \"…" + tail(c.text.toString()) + "\": its text looks cut short in the source; kept as printed"));
            }
            result.add(new AssessmentCriterion(code, c.text.toString(), printedCode, ref(c.line)));
        }
        return result;
    }

    List<EvidenceRequirement> evidence(List<EvidenceDraft> drafts) {
        List<Integer> printed = drafts.stream().map(e -> e.printed == null ? null : Integer.valueOf(e.printed)).toList();
        int[] numbers = infer(printed, "evidence requirement", "", drafts.stream().map(e -> e.line).toList());
        List<EvidenceRequirement> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            EvidenceDraft e = drafts.get(i);
            String code = Integer.toString(numbers[i]);
            result.add(new EvidenceRequirement(code, e.text.toString(), subItems(e, code), ref(e.line)));
        }
        return result;
    }

    private List<EvidenceRequirement> subItems(EvidenceDraft parent, String parentCode) {
        List<Integer> printed = parent.subItems.stream()
                .map(s -> s.printed == null ? null : Integer.valueOf(s.printed.charAt(0) - 'a' + 1)).toList();
        int[] numbers = infer(printed, "sub-item", parentCode, parent.subItems.stream().map(s -> s.line).toList());
        List<EvidenceRequirement> result = new ArrayList<>();
        for (int i = 0; i < parent.subItems.size(); i++) {
            EvidenceDraft s = parent.subItems.get(i);
            String letter = numbers[i] >= 1 && numbers[i] <= 26 ? String.valueOf((char) ('a' + numbers[i] - 1))
                    : Integer.toString(numbers[i]);
            result.add(new EvidenceRequirement(letter, s.text.toString(), List.of(), ref(s.line)));
        }
        return result;
    }

    /**
     * Numbers for a run of items, {@code null} where none was printed. A missing number is the one
     * after its predecessor; when its successor's number agrees (or there is only one neighbour)
     * that is an info, when they disagree a warning. Gaps and repeats among printed numbers are kept.
     */
    private int[] infer(List<Integer> printed, String what, String prefix, List<Integer> lines) {
        int[] result = new int[printed.size()];
        for (int i = 0; i < printed.size(); i++) {
            Integer p = printed.get(i);
            if (p != null) {
                result[i] = p;
                if (i > 0 && p != result[i - 1] + 1) {
                    String kind = p == result[i - 1] ? "duplicate-code" : "numbering-gap";
                    out.add(Diagnostic.warning(kind, ref(lines.get(i)), what + " " + label(prefix, p) + " of " + unit
                            + " follows " + label(prefix, result[i - 1]) + "; kept as printed"));
                }
                continue;
            }
            Integer next = null;
            for (int j = i + 1; j < printed.size() && next == null; j++) if (printed.get(j) != null) next = printed.get(j) - (j - i);
            Integer fromPrevious = i > 0 ? result[i - 1] + 1 : null;
            int n = fromPrevious != null ? fromPrevious : next != null ? next : 1;
            boolean agree = fromPrevious == null || next == null || fromPrevious.equals(next);
            String neighbours = fromPrevious != null && next != null ? "the numbers before and after it"
                    : fromPrevious != null ? "the number before it" : next != null ? "the number after it" : "its position";
            String message = what + " printed without a number in " + unit + " (\"" + abbreviate(lines.get(i))
                    + "\"); numbered " + label(prefix, n) + " from " + neighbours;
            if (agree) out.add(Diagnostic.info("number-inferred", ref(lines.get(i)), message));
            else out.add(Diagnostic.warning("number-inferred", ref(lines.get(i)), message + ", which disagree ("
                    + label(prefix, next) + " after it)"));
            result[i] = n;
        }
        return result;
    }

    /** A sentence does not end on an article, a conjunction or a possessive: the rest of the line was lost. */
    static boolean endsCutShort(String text) {
        String s = text.strip();
        int space = s.lastIndexOf(' ');
        return DANGLING.contains(s.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static String tail(String text) {
        return text.length() <= 30 ? text : text.substring(text.length() - 30);
    }

    private static String label(String prefix, int n) {
        if (prefix.isEmpty() || prefix.endsWith(".")) return prefix + n;
        return prefix + (n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n));
    }

    private String abbreviate(int line) {
        String s = UnitPackLines.collapse(text.line(line)).replaceFirst("^[-\u2022*]\\s*", "");
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }

    private SourceRef ref(int line) {
        return text.ref(line);
    }
}
