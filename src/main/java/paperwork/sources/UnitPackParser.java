package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import paperwork.catalogue.Diagnostic;
import paperwork.sources.UnitPackDraft.GuidanceDraft;
import paperwork.sources.UnitPackLines.Heading;
import paperwork.sources.UnitPackLines.SectionHeading;
import paperwork.sources.UnitPackLines.UnitHeading;

/**
 * Reads a unit pack: the front matter (qualification tables, contents, summary table) up to the
 * first unit heading that has unit facts under it, then each unit page by page until an appendix.
 * A unit's heading printed again at the top of a page is page furniture. Within a unit, the
 * section a line belongs to is set by the last section heading; "Outcome N" headings are outcomes
 * in the criteria section and guidance headers in a guidance section, never the reverse.
 */
final class UnitPackParser {
    /** A unit heading with facts ("Level:", "UAN:") within this many non-blank lines starts a unit page. */
    private static final int FACTS_WITHIN = 6;

    private final SourceText text;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<UnitPackDraft> drafts = new ArrayList<>();
    private UnitPackDraft draft;
    private Heading section;
    private boolean blank;
    private boolean afterPageHeader;
    private int pageHeaders;
    private int firstPageHeader;
    private int backMatterLine;
    private int backMatterLines;
    private boolean inBackMatter;

    private final UnitPackSections sections;

    private UnitPackParser(SourceText text) {
        this.text = text;
        this.sections = new UnitPackSections(text, diagnostics);
    }

    static ParsedSource parse(SourceText text) {
        UnitPackParser p = new UnitPackParser(text);
        int first = p.firstUnitLine();
        UnitPackSummary summary = UnitPackSummary.read(text, 1, first == 0 ? text.lineCount() : first - 1, p.diagnostics);
        p.frontMatterDiagnostic(summary, first);
        if (first > 0) {
            for (int n = first; n <= text.lineCount(); n++) p.read(n, text.line(n));
        }
        p.finish();
        UnitPackChecks checks = new UnitPackChecks(text, summary, p.diagnostics);
        ParsedSource result = checks.apply(p.drafts);
        List<Diagnostic> sorted = new ArrayList<>(result.diagnostics());
        sorted.sort(Diagnostic.ORDER);
        return new ParsedSource(result.qualifications(), result.units(), sorted);
    }

    /** The first unit heading followed by unit facts; 0 when there is none. */
    private int firstUnitLine() {
        for (int n = 1; n <= text.lineCount(); n++) {
            if (UnitPackLines.unitHeading(text.line(n)).isPresent() && factsFollow(n)) return n;
        }
        return 0;
    }

    private boolean factsFollow(int n) {
        int seen = 0;
        for (int i = n + 1; i <= text.lineCount() && seen < FACTS_WITHIN; i++) {
            String l = text.line(i);
            if (l.isBlank()) continue;
            if (UnitPackLines.isFacts(l)) return true;
            if (UnitPackLines.unitHeading(l).isPresent()) return false;
            seen++;
        }
        return false;
    }

    private void frontMatterDiagnostic(UnitPackSummary summary, int first) {
        int last = first == 0 ? text.lineCount() : first - 1;
        int nonBlank = 0;
        for (int n = 1; n <= last; n++) if (!text.line(n).isBlank()) nonBlank++;
        int ignored = nonBlank - summary.usedLines;
        if (ignored > 0) {
            diagnostics.add(Diagnostic.info("front-matter-ignored", text.ref(1), "read " + summary.usedLines
                    + " table line(s) of the front matter (qualifications and the summary of units); ignored the other "
                    + ignored + " line(s) before the first unit (title page, contents, introduction)"));
        }
        if (first == 0) {
            diagnostics.add(Diagnostic.error("no-units", text.ref(0), "no unit pages found (a heading such as "
                    + "\"Unit 208 Title\" followed by \"Level:\", \"Credit value:\" or \"UAN:\")"));
        }
    }

    private void read(int n, String line) {
        if (line.isBlank()) {
            blank = true;
            return;
        }
        Optional<UnitHeading> heading = UnitPackLines.unitHeading(line);
        if (inBackMatter) {
            // An appendix ends the units, unless a unit page follows it.
            if (heading.isEmpty() || !factsFollow(n)) {
                backMatterLines++;
                return;
            }
            inBackMatter = false;
        }
        if (heading.isPresent() && draft != null && heading.get().number().equals(draft.number)) {
            pageHeader(n, heading.get());
            return;
        }
        if (heading.isPresent()) {
            startUnit(n, heading.get());
            return;
        }
        if (UnitPackLines.isAppendix(line)) {
            if (backMatterLine == 0) backMatterLine = n;
            inBackMatter = true;
            backMatterLines++;
            draft = null;
            return;
        }
        Optional<SectionHeading> sh = UnitPackLines.sectionHeading(line);
        if (sh.isPresent()) {
            startSection(n, sh.get());
        } else if (section == Heading.CRITERIA && afterPageHeader && sections.evidenceFollows(n)) {
            diagnostics.add(Diagnostic.info("evidence-heading-missing", text.ref(n), "a numbered list with lettered "
                    + "sub-items follows the criteria of unit " + draft.number + " after a page break without a heading; "
                    + "read as its evidence requirements"));
            section = Heading.EVIDENCE;
            sections.evidence(draft, n, line, blank);
        } else if (section != Heading.CRITERIA && section != Heading.GUIDANCE && sections.criteriaFollow(n)) {
            diagnostics.add(Diagnostic.info("criteria-heading-missing", text.ref(n), "an outcome heading with numbered "
                    + "criteria under it is printed in unit " + draft.number + " without a heading such as \"Learning "
                    + "outcomes and assessment criteria\"; read as its criteria"));
            section = Heading.CRITERIA;
            sections.criteria(draft, n, line, blank);
        } else if (section == null) {
            sections.facts(draft, n, line, blank);
        } else {
            switch (section) {
                case AIM -> sections.aim(draft, line);
                case OUTCOME_LIST -> sections.outcomeList(draft, n, line, blank);
                case GLH -> sections.glh(draft, n, line, blank);
                case NOS -> draft.nos.add(UnitPackLines.collapse(line));
                case SUPPORT -> draft.support.add(UnitPackLines.collapse(line));
                case ASSESSMENT -> draft.assessment.add(UnitPackSections.bulletText(line));
                case CRITERIA -> sections.criteria(draft, n, line, blank);
                case EVIDENCE -> sections.evidence(draft, n, line, blank);
                case GUIDANCE -> sections.guidance(draft, n, line, blank);
            }
        }
        blank = false;
        afterPageHeader = false;
    }

    private void startUnit(int n, UnitHeading heading) {
        draft = new UnitPackDraft(heading, n);
        drafts.add(draft);
        section = null;
        blank = false;
        afterPageHeader = false;
    }

    private void pageHeader(int n, UnitHeading heading) {
        if (pageHeaders++ == 0) firstPageHeader = n;
        if (!UnitPackLines.collapse(heading.title()).equalsIgnoreCase(draft.title.toString())) {
            diagnostics.add(Diagnostic.info("page-header-title-differs", text.ref(n), "the page heading of unit "
                    + draft.number + " prints the title \"" + heading.title() + "\", the unit page \"" + draft.title + "\""));
        }
        afterPageHeader = true;
        blank = true;
    }

    private void startSection(int n, SectionHeading sh) {
        section = sh.heading();
        switch (sh.heading()) {
            case NOS -> draft.nosLine = n;
            case SUPPORT -> draft.supportHeading = sh.title();
            case GUIDANCE -> draft.guidance.add(new GuidanceDraft(sh.title(), null, null, n, new ArrayList<>()));
            default -> {
            }
        }
        if (!sh.rest().isEmpty()) {
            if (sh.heading() == Heading.NOS) draft.nos.add(sh.rest());
            else draft.support.add(sh.rest());
        }
    }

    /** The number of outcomes the unit says it has: stated in words, else listed. */
    private static int expectedOutcomes(UnitPackDraft d) {
        return d.statedOutcomes != null ? d.statedOutcomes : d.listed.size();
    }

    private void finish() {
        if (pageHeaders > 0) {
            diagnostics.add(Diagnostic.info("page-furniture-ignored", text.ref(firstPageHeader), "ignored " + pageHeaders
                    + " unit heading(s) repeated at the top of a page"));
        }
        if (backMatterLine > 0) {
            diagnostics.add(Diagnostic.info("back-matter-ignored", text.ref(backMatterLine), "ignored " + backMatterLines
                    + " line(s) of appendices from \"" + UnitPackLines.collapse(text.line(backMatterLine)) + "\" (not units)"));
        }
        // After an appendix there is no current unit: nothing was cut short.
        if (draft != null && !draft.hasCriteria()) {
            diagnostics.add(Diagnostic.error("truncated-source", text.ref(text.lineCount()), "the text ends inside unit "
                    + draft.number + " before any assessment criteria; the unit is incomplete"));
        } else if (draft != null && draft.outcomes.size() < expectedOutcomes(draft)) {
            diagnostics.add(Diagnostic.error("truncated-source", text.ref(text.lineCount()), "the text ends inside unit "
                    + draft.number + " after outcome " + draft.outcomes.size() + " of " + expectedOutcomes(draft)
                    + "; the unit is incomplete"));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (UnitPackDraft d : drafts) {
            Integer before = seen.putIfAbsent(d.number, d.line);
            if (before != null) {
                diagnostics.add(Diagnostic.warning("unit-printed-twice", text.ref(d.line), "unit " + d.number
                        + " is printed again (first on line " + before + "); both printings are kept"));
            }
        }
    }
}
