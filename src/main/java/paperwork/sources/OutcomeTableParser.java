package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * Reads a bare outcome/criteria pipe table into one unit of kind {@code fragment}, named after its
 * file. Each row holds an outcome (number and title) and/or a criterion (code and text); a missing
 * number is inferred from its neighbours, a line that is not a row continues the row before, and
 * each repair is a diagnostic.
 */
final class OutcomeTableParser {
    private final SourceText text;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<OutcomeDraft> outcomes = new ArrayList<>();
    private CriterionDraft lastCriterion;
    private int firstLine;
    private boolean lastRowOpen;

    private static final class OutcomeDraft {
        final int number;
        final String printedCode;
        final StringBuilder title = new StringBuilder();
        final int line;
        final List<CriterionDraft> criteria = new ArrayList<>();

        OutcomeDraft(int number, String printedCode, String title, int line) {
            this.number = number;
            this.printedCode = printedCode;
            this.title.append(title);
            this.line = line;
        }
    }

    private static final class CriterionDraft {
        final int outcome;
        final int number;
        final String printedCode;
        final StringBuilder text = new StringBuilder();
        final int line;

        CriterionDraft(int outcome, int number, String printedCode, String text, int line) {
            this.outcome = outcome;
            this.number = number;
            this.printedCode = printedCode;
            this.text.append(text);
            this.line = line;
        }

        String code() {
            return outcome + "." + number;
        }
    }

    private OutcomeTableParser(SourceText text) {
        this.text = text;
    }

    static ParsedSource parse(SourceText text) {
        OutcomeTableParser p = new OutcomeTableParser(text);
        for (int n = 1; n <= text.lineCount(); n++) {
            if (!text.line(n).isBlank()) p.read(n, text.line(n));
        }
        Unit unit = p.finish();
        p.diagnostics.sort(Diagnostic.ORDER);
        return new ParsedSource(List.of(), List.of(unit), p.diagnostics);
    }

    /** "sources/Bespoke Software_outcomes.txt" becomes {@code bespoke-software-outcomes}. */
    static String idFromFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "fragment" : id;
    }

    private void read(int n, String line) {
        if (!OutcomeTableRows.isRow(line)) {
            continuation(n, line);
            return;
        }
        if (firstLine == 0) firstLine = n;
        lastRowOpen = OutcomeTableRows.isOpen(line);
        if (OutcomeTableRows.isSeparator(line)) return;
        List<String> cells = OutcomeTableRows.cells(line);
        if (cells.stream().allMatch(String::isEmpty)) {
            diagnostics.add(Diagnostic.warning("empty-row", text.ref(n), "the row is empty"));
            return;
        }
        if (OutcomeTableRows.isHeader(cells)) {
            diagnostics.add(Diagnostic.info("header-row", text.ref(n), "heading row \"" + String.join(" | ", cells)
                    + "\" is not an outcome or a criterion"));
            return;
        }
        row(n, cells.stream().filter(c -> !c.isEmpty()).toList());
    }

    /** A line that is not a row: the text of the row before, wrapped or broken. */
    private void continuation(int n, String line) {
        String more = NosLines.plain(line.replaceAll("\\|\\s*$", ""));
        if (lastCriterion == null && outcomes.isEmpty()) {
            diagnostics.add(Diagnostic.warning("not-a-row", text.ref(n), "text \"" + more + "\" before the first row "
                    + "of the table was not read"));
            return;
        }
        StringBuilder target = lastCriterion != null ? lastCriterion.text : outcomes.get(outcomes.size() - 1).title;
        if (!target.isEmpty()) target.append(' ');
        target.append(more);
        diagnostics.add(Diagnostic.warning("row-continued", text.ref(n), "line is not a table row"
                + (lastRowOpen ? " and the row before has no closing '|'" : "") + "; read as the rest of "
                + (lastCriterion != null ? "criterion " + lastCriterion.code() : "the outcome before")));
        lastRowOpen = OutcomeTableRows.isOpen(line);
    }

    private void row(int n, List<String> cells) {
        boolean outcomeInRow = false;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String next = i + 1 < cells.size() ? cells.get(i + 1) : null;
            boolean nextIsText = next != null && !isCode(next);
            int[] code = OutcomeTableRows.criterionCode(cell);
            Matcher codeAndText = OutcomeTableRows.CODE_AND_TEXT.matcher(cell);
            Matcher number = OutcomeTableRows.OUTCOME_NUMBER.matcher(cell);
            Matcher numberAndTitle = OutcomeTableRows.NUMBER_AND_TITLE.matcher(cell);
            if (code != null) {
                criterion(code[0], code[1], cell, nextIsText ? next : "", n);
                if (nextIsText) i++;
            } else if (codeAndText.matches()) {
                criterion(Integer.parseInt(codeAndText.group(1)), Integer.parseInt(codeAndText.group(2)),
                        cell.substring(0, cell.indexOf(codeAndText.group(3))).strip(), codeAndText.group(3), n);
            } else if (number.matches() && !outcomeInRow) {
                outcome(Integer.parseInt(number.group(1)), cell, nextIsText ? next : "", n);
                outcomeInRow = true;
                if (nextIsText) i++;
            } else if (numberAndTitle.matches() && !outcomeInRow && next != null) {
                outcome(Integer.parseInt(numberAndTitle.group(1)), numberAndTitle.group(1), numberAndTitle.group(2), n);
                outcomeInRow = true;
            } else if (!outcomeInRow && next != null) {
                outcome(inferOutcomeNumber(next), "", cell, n);
                outcomeInRow = true;
            } else {
                criterion(-1, -1, "", cell, n);
            }
        }
    }

    private static boolean isCode(String cell) {
        return OutcomeTableRows.criterionCode(cell) != null || OutcomeTableRows.OUTCOME_NUMBER.matcher(cell).matches();
    }

    /** The outcome's number from the criterion printed beside it, else one more than the last outcome. */
    private int inferOutcomeNumber(String nextCell) {
        int[] code = OutcomeTableRows.criterionCode(nextCell);
        Matcher m = OutcomeTableRows.CODE_AND_TEXT.matcher(nextCell);
        if (code != null) return code[0];
        if (m.matches()) return Integer.parseInt(m.group(1));
        return outcomes.isEmpty() ? 1 : outcomes.get(outcomes.size() - 1).number + 1;
    }

    private void outcome(int number, String printed, String title, int n) {
        if (printed.isEmpty()) {
            diagnostics.add(Diagnostic.warning("outcome-number-inferred", text.ref(n), "outcome \"" + title
                    + "\" is printed without a number; numbered " + number + " from its neighbours"));
        } else if (!outcomes.isEmpty() && number != outcomes.get(outcomes.size() - 1).number + 1) {
            diagnostics.add(Diagnostic.warning("numbering-gap", text.ref(n), "outcome " + number + " follows outcome "
                    + outcomes.get(outcomes.size() - 1).number + "; kept as printed"));
        }
        if (title.isEmpty()) {
            diagnostics.add(Diagnostic.warning("empty-outcome-title", text.ref(n), "outcome " + number + " has no title"));
        }
        outcomes.add(new OutcomeDraft(number, printed.isEmpty() ? "" : null, title, n));
        lastCriterion = null;
    }

    private void criterion(int outcome, int number, String printed, String criterionText, int n) {
        OutcomeDraft current = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
        if (outcome < 0) {
            if (current == null) current = missingOutcome(1, n);
            outcome = current.number;
            number = current.criteria.isEmpty() ? 1 : current.criteria.get(current.criteria.size() - 1).number + 1;
            diagnostics.add(Diagnostic.warning("criterion-number-inferred", text.ref(n), "criterion \""
                    + criterionText + "\" is printed without a code; numbered " + outcome + "." + number
                    + " from its neighbours"));
        } else if (current == null) {
            current = missingOutcome(outcome, n);
        } else if (outcome != current.number) {
            diagnostics.add(Diagnostic.warning("criterion-outside-outcome", text.ref(n), "criterion " + outcome + "."
                    + number + " is printed under outcome " + current.number + "; kept there as printed"));
        } else {
            checkSequence(current, number, n);
        }
        if (criterionText.isEmpty()) {
            diagnostics.add(Diagnostic.warning("empty-criterion", text.ref(n), "criterion " + outcome + "." + number
                    + " has no text"));
        }
        lastCriterion = new CriterionDraft(outcome, number, printed.isEmpty() ? "" : null, criterionText, n);
        current.criteria.add(lastCriterion);
    }

    private void checkSequence(OutcomeDraft current, int number, int n) {
        int previous = current.criteria.isEmpty() ? 0 : current.criteria.get(current.criteria.size() - 1).number;
        String code = current.number + "." + number;
        if (current.criteria.stream().anyMatch(c -> c.number == number && c.outcome == current.number)) {
            diagnostics.add(Diagnostic.warning("duplicate-code", text.ref(n), "criterion " + code
                    + " is printed twice; both are kept"));
        } else if (number != previous + 1) {
            diagnostics.add(Diagnostic.warning("numbering-gap", text.ref(n), "criterion " + code + " follows "
                    + (previous == 0 ? "the outcome heading" : current.number + "." + previous) + "; kept as printed"));
        }
    }

    private OutcomeDraft missingOutcome(int number, int n) {
        diagnostics.add(Diagnostic.warning("outcome-missing", text.ref(n), "criteria are printed before any outcome; "
                + "they are read under an outcome " + number + " without a title"));
        OutcomeDraft o = new OutcomeDraft(number, null, "", n);
        outcomes.add(o);
        return o;
    }

    private Unit finish() {
        String id = idFromFileName(text.file());
        SourceRef at = text.ref(firstLine);
        diagnostics.add(Diagnostic.info("fragment-named-after-file", at, "the table prints no title or code; it is "
                + "read as unit " + id + " after its file name"));
        List<LearningOutcome> los = new ArrayList<>();
        for (OutcomeDraft o : outcomes) {
            List<AssessmentCriterion> criteria = o.criteria.stream()
                    .map(c -> new AssessmentCriterion(c.code(), c.text.toString(), c.printedCode, text.ref(c.line)))
                    .toList();
            String title = o.title.isEmpty() ? null : o.title.toString();
            los.add(new LearningOutcome(String.valueOf(o.number), title, o.printedCode, criteria, text.ref(o.line)));
        }
        if (lastRowOpen) {
            diagnostics.add(Diagnostic.warning("row-not-closed", text.ref(text.lineCount()), "the last row has no "
                    + "closing '|': the table may be cut short"));
        }
        if (los.isEmpty()) {
            diagnostics.add(Diagnostic.error("empty-table", at, "the table holds no outcomes or criteria"));
        }
        return new Unit(id, Unit.FRAGMENT, List.of(), null, null, null, null, null, los, List.of(), List.of(),
                List.of(), List.of(), java.util.Map.of(), at);
    }
}
