package paperwork.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Unit;
import paperwork.sources.NvqCodes.Kind;
import paperwork.sources.NvqCodes.PrintedCode;
import paperwork.sources.NvqUnitDraft.RawItem;
import paperwork.sources.NvqUnitDraft.Section;

/**
 * Reads an NVQ standards text line by line into unit drafts. Each line is a unit heading, a code
 * (with or without its text), a section heading, page furniture, or text that belongs to what
 * came before it: a title, the aim, a lead-in sentence, or the text of the last coded item.
 */
final class NvqStandardsParser {
    private final SourceText text;
    private final NvqLayout layout;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<String> furnitureSeen = new ArrayList<>();
    /** The last line on which each unit id is printed as a heading: an empty heading printed again later is a contents entry. */
    private final Map<String, Integer> lastHeadingLine = new HashMap<>();
    private final List<NvqUnitDraft> contentsEntries = new ArrayList<>();
    private NvqUnitDraft draft;
    private int frontMatter;
    private int contentsLines;
    private int firstContentsLine;
    private int firstFrontMatterLine;
    /** A blank line (or page furniture) came after the last text line of the current item or title. */
    private boolean blank;

    private NvqStandardsParser(SourceText text) {
        this.text = text;
        this.layout = NvqLayout.of(text);
        for (int i = 1; i <= text.lineCount(); i++) {
            int line = i;
            NvqCodes.unitHeading(text.line(i)).ifPresent(h -> lastHeadingLine.put(h.id(), line));
        }
    }

    static ParsedSource parse(SourceText text) {
        NvqStandardsParser p = new NvqStandardsParser(text);
        for (int i = 1; i <= text.lineCount(); i++) p.read(i, text.line(i));
        p.finish();
        p.diagnostics.sort(Diagnostic.ORDER);
        return new ParsedSource(List.of(), p.units, p.diagnostics);
    }

    private void read(int n, String line) {
        if (line.isBlank()) {
            blank = true;
            return;
        }
        if (NvqLayout.isContentsLine(line)) {
            if (contentsLines++ == 0) firstContentsLine = n;
            return;
        }
        Optional<NvqCodes.UnitHeading> heading = NvqCodes.unitHeading(line);
        if (heading.isPresent() && !isRunningHead(heading.get())) {
            closeUnit(false);
            draft = new NvqUnitDraft(heading.get(), n);
            blank = false;
            return;
        }
        if (draft == null) {
            if (frontMatter++ == 0) firstFrontMatterLine = n;
            return;
        }
        if (heading.isPresent() || draft.isRunningTitle(line) || NvqLayout.isNoise(line)) {
            // Page numbers, footers and the unit's name over a new page: nothing in the unit changes.
            furnitureSeen.add(line.strip());
            return;
        }
        Optional<PrintedCode> code = NvqCodes.parse(line);
        if (code.isPresent()) {
            code(code.get(), n);
        } else if (NvqLayout.isAimHeading(line)) {
            draft.section = Section.AIM;
            draft.aimHeadingLine = n;
        } else if (NvqLayout.isKnowledgeHeading(line)) {
            startKnowledge();
        } else if (awaitingText() && !awaitingElementTitle() && layout.isFurniture(line)) {
            // A page can break between a code and its text: the footer and running head are not that text.
            skipFurniture(line);
        } else if (awaitingText()) {
            draft.lastItem().append(line);
            blank = false;
        } else if (inItems() && NvqLayout.knownSection(line).isPresent()) {
            knownSection(n, NvqLayout.knownSection(line).get());
        } else if (inItems() && NvqLayout.isHeadingLike(line) && textFollows(n) && !guidanceAwaitsText()) {
            startGuidance(n, line);
        } else if (layout.isFurniture(line) || draft.section == Section.AIM && NvqLayout.isHeadingLike(line)
                && !NvqLayout.isPerformanceLeadIn(line)) {
            // A short text repeats the heading over the criteria ("Customer service standards") too
            // rarely for it to be learnt as furniture; after the aim, a line shaped like a heading is that heading.
            skipFurniture(line);
        } else if (isSubHeading(n, line)) {
            diagnostics.add(Diagnostic.info("sub-heading-ignored", text.ref(n), "heading \"" + NvqLayout.collapse(line)
                    + "\" among the items of unit " + draft.heading.id() + " groups the items after it; it is no "
                    + "part of " + describe(draft.lastItem()) + " and is not kept"));
            blank = true;
        } else {
            text(n, line);
        }
    }

    /**
     * The heading of the unit being read, printed again once the unit has begun: the running head of
     * a new page, not a second unit (a heading printed with nothing under it is a contents entry).
     */
    private boolean isRunningHead(NvqCodes.UnitHeading heading) {
        return draft != null && !draft.isEmpty() && draft.heading.id().equals(heading.id());
    }

    /**
     * A page break is no paragraph break: text wrapped across it still reads as one, so the blank
     * state is left as it was, except that a heading after the aim starts the performance section.
     */
    private void skipFurniture(String line) {
        furnitureSeen.add(line.strip());
        if (draft.section == Section.AIM) {
            draft.section = Section.PERFORMANCE_INTRO;
            blank = true;
        }
    }

    private boolean inItems() {
        return draft.section == Section.ELEMENTS || draft.section == Section.KNOWLEDGE
                || draft.section == Section.GUIDANCE;
    }

    /**
     * "Legislation" between knowledge items: a short capitalised line after a finished item text and
     * straight before the next code heads a group of items; it does not carry on the item before.
     */
    private boolean isSubHeading(int n, String line) {
        RawItem last = draft.lastItem();
        if ((draft.section != Section.ELEMENTS && draft.section != Section.KNOWLEDGE) || last == null
                || !last.hasText() || last.kind == Kind.ELEMENT || !NvqLayout.isHeadingLike(line)
                || NvqLayout.endsDangling(last.text)) {
            return false;
        }
        for (int i = n + 1; i <= text.lineCount(); i++) {
            if (!text.line(i).isBlank()) return NvqCodes.parse(text.line(i)).isPresent();
        }
        return false;
    }

    /**
     * Is the next non-blank line text of its own (not a code, a heading or furniture)? Then a heading
     * among the items ("Range") heads a section, even when it is repeated in every unit.
     */
    private boolean textFollows(int n) {
        for (int i = n + 1; i <= text.lineCount(); i++) {
            String next = text.line(i);
            if (next.isBlank()) continue;
            return NvqCodes.unitHeading(next).isEmpty() && NvqCodes.parse(next).isEmpty()
                    && !NvqLayout.isAimHeading(next) && !NvqLayout.isKnowledgeHeading(next) && !layout.isFurniture(next);
        }
        return false;
    }

    private void startGuidance(int n, String line) {
        diagnostics.add(Diagnostic.warning("section-kept-as-guidance", text.ref(n), "heading \""
                + NvqLayout.collapse(line) + "\" in unit " + draft.heading.id() + " is not one this format knows; "
                + "the text under it is kept as guidance, not as criteria or knowledge"));
        draft.startGuidance(NvqLayout.collapse(line), n);
        blank = false;
    }

    /** "Scope", "Links to other NOS: …": a section of its own, even with nothing under it before the next unit. */
    private void knownSection(int n, NvqLayout.KnownSection section) {
        diagnostics.add(Diagnostic.info("section-kept-as-guidance", text.ref(n), "\"" + section.heading() + "\" in unit "
                + draft.heading.id() + " is kept as guidance, not as criteria or knowledge"));
        draft.startGuidance(section.heading(), n);
        if (!section.rest().isEmpty()) draft.lastGuidance().paragraphs().add(section.rest());
        blank = false;
    }

    /** An element title may be any capitalised line, even one repeated in several units. */
    private boolean awaitingElementTitle() {
        return draft.lastItem() != null && draft.lastItem().kind == Kind.ELEMENT;
    }

    /** A heading has text under it: a heading-like line straight after one ("Scope" + "Visitors: …") is that text. */
    private boolean guidanceAwaitsText() {
        return draft.section == Section.GUIDANCE && draft.lastGuidance().paragraphs().isEmpty();
    }

    private boolean awaitingText() {
        RawItem last = draft.lastItem();
        boolean inItems = draft.section == Section.ELEMENTS || draft.section == Section.KNOWLEDGE;
        return inItems && last != null && !last.hasText();
    }

    private void code(PrintedCode code, int n) {
        boolean knowledge = code.kind() == Kind.KNOWLEDGE;
        boolean inKnowledge = draft.section == Section.KNOWLEDGE || draft.section == Section.KNOWLEDGE_INTRO;
        if (!knowledge && inKnowledge) {
            diagnostics.add(Diagnostic.warning("out-of-place", text.ref(n), code.token() + " is printed after the "
                    + "knowledge section of unit " + draft.heading.id() + " began; read with the elements"));
        }
        if (!knowledge && firstElementItem()) draft.takeLeadInFromAim();
        draft.section = knowledge ? Section.KNOWLEDGE : Section.ELEMENTS;
        draft.items.add(new RawItem(code.kind(), code, n, code.rest()));
        blank = false;
    }

    private boolean firstElementItem() {
        return draft.items.stream().noneMatch(i -> i.kind != Kind.KNOWLEDGE);
    }

    private void startKnowledge() {
        if (firstElementItem()) draft.takeLeadInFromAim();
        draft.section = Section.KNOWLEDGE_INTRO;
        draft.knowledgeHeadingSeen = true;
        blank = false;
    }

    /** Text that is not a code, a heading or furniture: where it goes depends on where the reader is. */
    private void text(int n, String line) {
        switch (draft.section) {
            case TITLE -> titleOrPreamble(n, line);
            case PREAMBLE -> paragraph(draft.preamble, line);
            case AIM -> paragraph(draft.aim, line);
            case PERFORMANCE_INTRO -> draft.leadIn.add(NvqLayout.collapse(line));
            case KNOWLEDGE_INTRO -> draft.knowledgeLeadIn.add(NvqLayout.collapse(line));
            case ELEMENTS, KNOWLEDGE -> itemText(n, line);
            case GUIDANCE -> paragraph(draft.lastGuidance().paragraphs(), line);
        }
        blank = false;
    }

    /**
     * A line of running text: a paragraph of its own, or the rest of the one before when that was
     * wrapped mid-sentence with no blank line between (a short line such as a range item stays its own).
     */
    private void paragraph(List<String> paragraphs, String line) {
        String s = NvqLayout.collapse(line);
        if (!blank && !paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            String before = paragraphs.get(last);
            if (NvqLayout.wrapsOnto(before, s)) {
                paragraphs.set(last, before + " " + s);
                return;
            }
        }
        paragraphs.add(s);
    }

    /** "Unit F4 … that impact on" + an indented "improvements in customer service": the title goes on. */
    private void titleOrPreamble(int n, String line) {
        boolean continues = draft.title.isEmpty() || NvqLayout.indent(line) >= NvqLayout.WRAP_INDENT
                || NvqLayout.endsDangling(draft.title);
        if (continues) {
            if (blank && !draft.title.isEmpty()) {
                diagnostics.add(Diagnostic.info("continuation-joined", text.ref(n), "the title of unit "
                        + draft.heading.id() + " continues on this line after a blank line; joined"));
            }
            draft.appendTitle(line);
            blank = false;
            return;
        }
        draft.section = Section.PREAMBLE;
        draft.preamble.add(NvqLayout.collapse(line));
    }

    /**
     * Text after an item that already has text. Straight after it, it is a wrapped line. After a blank
     * line it continues the item when it is indented as a wrapped line, when the item's text breaks
     * off ("… and") or when it opens as a continuation ("such as …"); otherwise it is an item whose
     * code was not printed, numbered after the one before.
     */
    private void itemText(int n, String line) {
        RawItem last = draft.lastItem();
        String name = describe(last);
        if (draft.section == Section.ELEMENTS && NvqLayout.isKnowledgeLeadIn(line)) {
            diagnostics.add(Diagnostic.warning("missing-heading", text.ref(n), "knowledge lead-in printed without a "
                    + "\"Knowledge and understanding\" heading in unit " + draft.heading.id() + "; read as one"));
            startKnowledge();
            draft.knowledgeLeadIn.add(NvqLayout.collapse(line));
            return;
        }
        if (NvqLayout.indent(line) >= NvqLayout.WRAP_INDENT) {
            if (blank) {
                diagnostics.add(Diagnostic.info("continuation-joined", text.ref(n),
                        "text continues " + name + " after a blank line; joined"));
            }
            last.append(line);
        } else if (!blank) {
            last.append(line);
        } else if (NvqLayout.endsDangling(last.text) || NvqLayout.startsAsContinuation(line)) {
            diagnostics.add(Diagnostic.warning("uncoded-text-joined", text.ref(n), "text printed without a code after "
                    + name + " reads as the rest of it (\"" + abbreviate(line) + "\"); joined to " + name));
            last.append(line);
        } else {
            Kind kind = last.kind == Kind.KNOWLEDGE ? Kind.KNOWLEDGE : Kind.CRITERION;
            draft.items.add(new RawItem(kind, null, n, line));
        }
        blank = false;
    }

    private static String describe(RawItem item) {
        String what = switch (item.kind) {
            case ELEMENT -> "the title of element ";
            case CRITERION -> "criterion ";
            case KNOWLEDGE -> "knowledge item ";
        };
        return item.printed == null ? "the uncoded item on line " + item.line : what + item.printed.token();
    }

    private static String abbreviate(String line) {
        String s = NvqLayout.collapse(line);
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private void closeUnit(boolean endsFile) {
        if (draft == null) return;
        if (draft.isEmpty() && lastHeadingLine.get(draft.heading.id()) > draft.line) {
            contentsEntries.add(draft);
        } else {
            units.add(draft.build(text, diagnostics, endsFile));
        }
        draft = null;
    }

    private void finish() {
        if (draft != null) {
            RawItem last = draft.lastItem();
            boolean truncated = !draft.hasKnowledge() || last == null || !last.hasText();
            if (truncated) {
                diagnostics.add(Diagnostic.error("truncated-source", text.ref(text.lineCount()), "the text ends inside "
                        + "unit " + draft.heading.id() + " (" + whereItEnds(last) + "); the unit is incomplete"));
            }
            closeUnit(truncated);
        }
        if (units.isEmpty()) {
            diagnostics.add(Diagnostic.error("no-units", text.ref(0), "no unit headings (\"Unit A1  Title\") found"));
        }
        if (!contentsEntries.isEmpty()) {
            diagnostics.add(Diagnostic.info("contents-entry-ignored", text.ref(contentsEntries.get(0).line), "ignored "
                    + contentsEntries.size() + " unit heading(s) with nothing under them that are printed again later "
                    + "(a list of contents): " + String.join(", ", contentsEntries.stream().map(d -> d.heading.id()).toList())));
        }
        if (contentsLines > 0) {
            diagnostics.add(Diagnostic.info("contents-lines-ignored", text.ref(firstContentsLine), "ignored " + contentsLines
                    + " line(s) of a list of contents (a title, dot leaders or a tab, and a page number)"));
        }
        if (frontMatter > 0) {
            diagnostics.add(Diagnostic.info("front-matter-ignored", text.ref(firstFrontMatterLine),
                    "ignored " + frontMatter + " line(s) before the first unit heading"));
        }
        if (!furnitureSeen.isEmpty()) {
            diagnostics.add(Diagnostic.info("page-furniture-ignored", text.ref(0), "ignored " + furnitureSeen.size()
                    + " line(s) of page furniture: " + summary(furnitureSeen)));
        }
    }

    /** "\"Customer Service Standards\" ×51, \"Customer service standard\" ×17": the commonest forms, as first printed. */
    static String summary(List<String> lines) {
        Map<String, String> printed = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String key = NvqLayout.normalise(line);
            printed.putIfAbsent(key, NvqLayout.collapse(line));
            counts.merge(key, 1, Integer::sum);
        }
        List<String> keys = new ArrayList<>(printed.keySet());
        keys.sort(Comparator.comparing((String k) -> -counts.get(k)));
        List<String> shown = keys.stream().limit(3).map(k -> "\"" + printed.get(k) + "\" \u00d7" + counts.get(k)).toList();
        return String.join(", ", shown) + (keys.size() > 3 ? " and " + (keys.size() - 3) + " other(s)" : "");
    }

    private String whereItEnds(RawItem last) {
        if (last == null) return "before its first element";
        String name = describe(last);
        if (!last.hasText()) return "at " + name + ", which has no text";
        return "after " + name + ", with no knowledge and understanding items";
    }
}
