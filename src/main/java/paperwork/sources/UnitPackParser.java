package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.sources.UnitPackDraft.CriterionDraft;
import paperwork.sources.UnitPackDraft.EvidenceDraft;
import paperwork.sources.UnitPackDraft.GuidanceDraft;
import paperwork.sources.UnitPackDraft.OutcomeDraft;
import paperwork.sources.UnitPackLines.Bullet;
import paperwork.sources.UnitPackLines.Heading;
import paperwork.sources.UnitPackLines.OutcomeHeading;
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
    private boolean factsSeen;

    private UnitPackParser(SourceText text) {
        this.text = text;
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
        } else if (section == Heading.CRITERIA && afterPageHeader && evidenceFollows(n)) {
            diagnostics.add(Diagnostic.info("evidence-heading-missing", text.ref(n), "a numbered list with lettered "
                    + "sub-items follows the criteria of unit " + draft.number + " after a page break without a heading; "
                    + "read as its evidence requirements"));
            section = Heading.EVIDENCE;
            evidence(n, line);
        } else if (section == null) {
            facts(n, line);
        } else {
            switch (section) {
                case AIM -> aim(line);
                case OUTCOME_LIST -> outcomeList(n, line);
                case GLH -> glh(n, line);
                case NOS -> draft.nos.add(UnitPackLines.collapse(line));
                case SUPPORT -> draft.support.add(UnitPackLines.collapse(line));
                case ASSESSMENT -> draft.assessment.add(bulletText(line));
                case CRITERIA -> criteria(n, line);
                case EVIDENCE -> evidence(n, line);
                case GUIDANCE -> guidance(n, line);
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
        factsSeen = false;
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

    private void facts(int n, String line) {
        if (UnitPackLines.isFacts(line)) {
            UnitPackLines.level(line).ifPresent(v -> draft.level = v);
            UnitPackLines.credit(line).ifPresent(v -> draft.credits = v);
            UnitPackLines.glhFact(line).ifPresent(v -> draft.glhFact = v);
            UnitPackLines.uanFact(line).ifPresent(v -> draft.uan = v);
            if (draft.factsLine == 0) draft.factsLine = n;
            factsSeen = true;
        } else if (!factsSeen && !blank) {
            UnitPackDraft.append(draft.title, line);
        } else {
            unplaced(n, line);
        }
    }

    private void unplaced(int n, String line) {
        draft.unplaced.put(n, UnitPackLines.collapse(line));
        diagnostics.add(Diagnostic.warning("unplaced-text", text.ref(n), "text in unit " + draft.number + " is under no "
                + "heading this format knows; kept in the unit's metadata (\"unplacedText\")"));
    }

    private void aim(String line) {
        Optional<Bullet> b = UnitPackLines.bullet(line);
        draft.addAim(b.map(Bullet::text).map(UnitPackLines::collapse).orElse(UnitPackLines.collapse(line)), b.isPresent());
    }

    private void outcomeList(int n, String line) {
        var stated = UnitPackLines.statedOutcomes(line);
        if (stated.isPresent()) {
            draft.statedOutcomes = stated.getAsInt();
            draft.statedOutcomesLine = n;
            return;
        }
        Optional<OutcomeHeading> listed = UnitPackLines.listedOutcome(line);
        if (listed.isPresent()) {
            draft.listed.add(listed.get());
            draft.listedLines.add(n);
        } else if (!draft.listed.isEmpty() && !blank) {
            // A wrapped outcome title.
            OutcomeHeading last = draft.listed.remove(draft.listed.size() - 1);
            draft.listed.add(new OutcomeHeading(last.number(), last.title() + " " + UnitPackLines.collapse(line)));
        } else {
            unplaced(n, line);
        }
    }

    private void glh(int n, String line) {
        var hours = UnitPackLines.hours(UnitPackLines.collapse(line));
        if (hours.isPresent() && draft.glh == null) draft.glh = hours.getAsInt();
        else if (draft.glh == null) unplaced(n, line);
    }

    private void criteria(int n, String line) {
        Optional<OutcomeHeading> oh = UnitPackLines.outcomeHeading(line);
        if (oh.isPresent()) {
            draft.outcomes.add(new OutcomeDraft(oh.get().number(), oh.get().title(), n));
            return;
        }
        if (UnitPackLines.isLeadIn(line)) return;
        Optional<Bullet> b = UnitPackLines.bullet(line);
        String body = b.map(Bullet::text).orElse(line.strip());
        var code = UnitPackLines.criterionCode(body);
        CriterionDraft last = draft.lastCriterion();
        boolean continuation = b.isEmpty() && code.isEmpty() || b.isPresent() && b.get().indent() > 0 && code.isEmpty();
        if (continuation && last != null) {
            if (blank) {
                diagnostics.add(Diagnostic.info("continuation-joined", text.ref(n), "text after a blank line in unit "
                        + draft.number + " continues the criterion on line " + last.line + "; joined"));
            }
            UnitPackDraft.append(last.text, body);
            return;
        }
        if (continuation && draft.lastOutcome() != null && !blank) {
            UnitPackDraft.append(draft.lastOutcome().title, body);
            return;
        }
        if (draft.lastOutcome() == null) {
            int number = code.map(UnitPackLines.CriterionCode::outcome).orElse(1);
            diagnostics.add(Diagnostic.warning("outcome-heading-missing", text.ref(n), "criteria of unit " + draft.number
                    + " begin with no \"Outcome\" heading; read under outcome " + number));
            draft.outcomes.add(new OutcomeDraft(number, listedTitle(number), n));
        }
        OutcomeDraft outcome = draft.lastOutcome();
        outcome.criteria.add(new CriterionDraft(code.orElse(null), code.map(UnitPackLines.CriterionCode::text).orElse(body), n));
    }

    private String listedTitle(int number) {
        return draft.listed.stream().filter(o -> o.number() == number).map(OutcomeHeading::title).findFirst().orElse("");
    }

    /** Looks past a page break: does a list with evidence numbers ("2 You may…") or lettered sub-items follow? */
    private boolean evidenceFollows(int n) {
        int evidence = 0;
        for (int i = n; i <= text.lineCount(); i++) {
            String l = text.line(i);
            if (l.isBlank()) continue;
            Optional<Bullet> b = UnitPackLines.bullet(l);
            if (b.isEmpty()) break;
            String body = b.get().text();
            if (UnitPackLines.criterionCode(body).isPresent()) return false;
            if (b.get().indent() == 0 && UnitPackLines.evidenceCode(body).isPresent()) evidence++;
            if (b.get().indent() > 0 && UnitPackLines.letterCode(body).isPresent()) evidence++;
        }
        return evidence > 0;
    }

    private void evidence(int n, String line) {
        Optional<Bullet> b = UnitPackLines.bullet(line);
        String body = b.map(Bullet::text).orElse(line.strip());
        EvidenceDraft last = draft.lastEvidence();
        if (b.isPresent() && b.get().indent() > 0) {
            var letter = UnitPackLines.letterCode(body);
            EvidenceDraft sub = new EvidenceDraft(letter.map(l -> l[0]).orElse(null), letter.map(l -> l[1]).orElse(body), n);
            if (last == null) {
                diagnostics.add(Diagnostic.warning("sub-item-without-requirement", text.ref(n), "a sub-item opens the "
                        + "evidence requirements of unit " + draft.number + "; read as a requirement of its own"));
                draft.evidence.add(sub);
            } else {
                last.subItems.add(sub);
            }
            return;
        }
        var numbered = UnitPackLines.evidenceCode(body);
        if (b.isPresent() || numbered.isPresent() || last == null) {
            draft.evidence.add(new EvidenceDraft(numbered.map(e -> e[0]).orElse(null), numbered.map(e -> e[1]).orElse(body), n));
            return;
        }
        EvidenceDraft target = last.subItems.isEmpty() ? last : last.subItems.get(last.subItems.size() - 1);
        UnitPackDraft.append(target.text, body);
    }

    private void guidance(int n, String line) {
        GuidanceDraft g = draft.lastGuidance();
        Optional<OutcomeHeading> oh = UnitPackLines.outcomeHeading(line);
        if (oh.isPresent()) {
            draft.guidance.add(new GuidanceDraft(g.title(), Integer.toString(oh.get().number()), oh.get().title(), n,
                    new ArrayList<>()));
            return;
        }
        Optional<Bullet> b = UnitPackLines.bullet(line);
        if (b.isEmpty()) {
            g.paragraphs().add(new GuidanceSection.Paragraph(0, UnitPackLines.collapse(line)));
            return;
        }
        String body = b.get().text();
        int depth = b.get().indent() > 0 ? 2 : 1;
        if (body.startsWith("o ")) {
            depth++;
            body = body.substring(2);
        }
        g.paragraphs().add(new GuidanceSection.Paragraph(depth, UnitPackLines.collapse(body)));
    }

    private static String bulletText(String line) {
        return UnitPackLines.bullet(line).map(b -> "- " + UnitPackLines.collapse(b.text())).orElse(UnitPackLines.collapse(line));
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
