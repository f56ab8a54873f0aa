package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * One unit while it is being read: its heading, the paragraphs before its first element, and its
 * coded items as printed. {@link #build} turns it into a {@link Unit} once the whole unit is known,
 * so that codes can be judged against what comes after them as well as before.
 */
final class NvqUnitDraft {

    /** Where in the unit the reader is. */
    enum Section { TITLE, PREAMBLE, AIM, PERFORMANCE_INTRO, ELEMENTS, KNOWLEDGE_INTRO, KNOWLEDGE, GUIDANCE }

    /** An element, criterion or knowledge item as printed; {@code printed} is null when no code was printed. */
    static final class RawItem {
        final NvqCodes.Kind kind;
        final NvqCodes.PrintedCode printed;
        final int line;
        final StringBuilder text = new StringBuilder();

        RawItem(NvqCodes.Kind kind, NvqCodes.PrintedCode printed, int line, String text) {
            this.kind = kind;
            this.printed = printed;
            this.line = line;
            append(text);
        }

        void append(String more) {
            String s = NvqLayout.collapse(more);
            if (s.isEmpty()) return;
            if (!text.isEmpty()) text.append(' ');
            text.append(s);
        }

        boolean hasText() {
            return !text.isEmpty();
        }

        String text() {
            return text.toString();
        }
    }

    /** A section under a heading this format does not define (e.g. "Range"), kept as guidance. */
    record GuidanceDraft(String title, int line, List<String> paragraphs) {
    }

    final NvqCodes.UnitHeading heading;
    final int line;
    final StringBuilder title = new StringBuilder();
    Section section = Section.TITLE;
    final List<String> preamble = new ArrayList<>();
    final List<String> aim = new ArrayList<>();
    int aimHeadingLine;
    final List<String> leadIn = new ArrayList<>();
    final List<String> knowledgeLeadIn = new ArrayList<>();
    boolean knowledgeHeadingSeen;
    final List<RawItem> items = new ArrayList<>();
    final List<GuidanceDraft> guidance = new ArrayList<>();

    NvqUnitDraft(NvqCodes.UnitHeading heading, int line) {
        this.heading = heading;
        this.line = line;
        appendTitle(heading.title());
    }

    void appendTitle(String more) {
        String s = NvqLayout.collapse(more);
        if (s.isEmpty()) return;
        if (!title.isEmpty()) title.append(' ');
        title.append(s);
    }

    void startGuidance(String title, int at) {
        guidance.add(new GuidanceDraft(title, at, new ArrayList<>()));
        section = Section.GUIDANCE;
    }

    GuidanceDraft lastGuidance() {
        return guidance.get(guidance.size() - 1);
    }

    RawItem lastItem() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    /** Nothing was printed under the heading but perhaps a wrapped title. */
    boolean isEmpty() {
        return items.isEmpty() && preamble.isEmpty() && aim.isEmpty() && aimHeadingLine == 0 && leadIn.isEmpty()
                && knowledgeLeadIn.isEmpty() && !knowledgeHeadingSeen && guidance.isEmpty();
    }

    /** "A10 Deal with customers face to face" (or "A10: …") over a page of unit A10: a running head. */
    boolean isRunningTitle(String line) {
        if (isEmpty() || title.isEmpty()) return false;
        String s = NvqLayout.collapse(line);
        String id = heading.id();
        if (s.length() <= id.length() || !s.regionMatches(true, 0, id, 0, id.length())) return false;
        String rest = s.substring(id.length()).replaceFirst("^\\s*[:.\u2013\u2014-]?\\s*", "");
        return rest.equalsIgnoreCase(title.toString()) && !Character.isLetterOrDigit(s.charAt(id.length()));
    }

    boolean hasKnowledge() {
        return items.stream().anyMatch(i -> i.kind == NvqCodes.Kind.KNOWLEDGE);
    }

    /**
     * The unit as read. {@code endsFile}: this is the last unit and the text ends inside it, so a
     * missing knowledge section is reported once, as a truncated source, by the caller.
     */
    Unit build(SourceText text, List<Diagnostic> out, boolean endsFile) {
        SourceRef at = text.ref(line);
        if (title.isEmpty()) out.add(Diagnostic.error("missing-title", at, "unit " + heading.id() + " has no title"));
        NvqNumbering.Result numbered = NvqNumbering.resolve(heading, items, text, out, endsFile);
        if (numbered.outcomes().isEmpty() && !endsFile) {
            out.add(Diagnostic.warning("unit-without-elements", at,
                    "unit " + heading.id() + " has no elements (no codes such as " + NvqCodes.elementCode(heading, 1) + ")"));
        }
        if (numbered.knowledge().isEmpty() && !endsFile) {
            out.add(Diagnostic.warning("unit-without-knowledge", at, "unit " + heading.id()
                    + " has no knowledge items (no codes such as " + NvqCodes.knowledgeCode(heading, "a") + ")"));
        }
        return new Unit(heading.id(), Unit.NVQ_UNIT, List.of(), title.toString(), null, null, null,
                aimText(text, out), numbered.outcomes(), numbered.knowledge(), List.of(), guidance(text), List.of(),
                metadata(), at);
    }

    private List<GuidanceSection> guidance(SourceText text) {
        return guidance.stream().map(g -> new GuidanceSection(g.title(), null,
                g.paragraphs().stream().map(p -> new GuidanceSection.Paragraph(0, p)).toList(), text.ref(g.line())))
                .toList();
    }

    private String aimText(SourceText text, List<Diagnostic> out) {
        List<String> paragraphs = aimHeadingLine > 0 ? aim
                : preamble.stream().filter(p -> NvqLayout.themeName(p).isEmpty()).toList();
        if (aimHeadingLine > 0 && paragraphs.isEmpty()) {
            out.add(Diagnostic.warning("missing-aim", text.ref(aimHeadingLine), "unit " + heading.id()
                    + " prints \"" + text.line(aimHeadingLine).strip() + "\" with no text after it; the unit has no aim"));
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private Map<String, String> metadata() {
        Map<String, String> m = new TreeMap<>();
        List<String> theme = aimHeadingLine > 0 ? preamble
                : preamble.stream().filter(p -> NvqLayout.themeName(p).isPresent()).toList();
        if (!theme.isEmpty()) {
            String themeText = String.join("\n\n", theme);
            Optional<String> name = NvqLayout.themeName(themeText);
            // Text between the heading and the aim that is not a theme sentence is kept, under its own name.
            m.put(name.isPresent() ? "themeText" : "introduction", themeText);
            name.ifPresent(n -> m.put("theme", n));
        }
        if (!leadIn.isEmpty()) m.put("performanceLeadIn", String.join(" ", leadIn));
        if (!knowledgeLeadIn.isEmpty()) m.put("knowledgeLeadIn", String.join(" ", knowledgeLeadIn));
        return m;
    }

    /**
     * Called when the first element starts: with no page heading between the aim and the elements,
     * the lead-in sentence ("When you … you must consistently:") is the aim's last paragraph.
     */
    void takeLeadInFromAim() {
        if (!leadIn.isEmpty()) return;
        List<String> from = aimHeadingLine > 0 ? aim : preamble;
        if (!from.isEmpty() && NvqLayout.isPerformanceLeadIn(from.get(from.size() - 1))) {
            leadIn.add(from.remove(from.size() - 1));
        }
    }
}
