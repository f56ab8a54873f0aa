package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.sources.NosLines.CodedRun;
import paperwork.sources.NosLines.Heading;
import paperwork.sources.NosLines.Section;

/**
 * Reads one National Occupational Standard line by line. Each line is split into its table cells;
 * a cell is a section heading, a metadata row, a lead-in, coded items (P1, K1, several to a cell)
 * or text that belongs to what came before: the overview, a heading grouping performance criteria,
 * or the wrapped text of the last item.
 */
final class NosParser {
    private static final Pattern PERFORMANCE_CODE = NosLines.codePattern('P');
    private static final Pattern KNOWLEDGE_CODE = NosLines.codePattern('K');
    private static final Pattern ABOUT = Pattern.compile("(?i)\\bthis (?:standard|unit) (?:is about|covers) ([^.]{5,120})\\.");

    private final SourceText text;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final StringBuilder aim = new StringBuilder();
    private final List<OutcomeDraft> outcomes = new ArrayList<>();
    private final List<ItemDraft> knowledge = new ArrayList<>();
    private final List<GuidanceDraft> guidance = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> urns = new ArrayList<>();
    private Section section = Section.PREAMBLE;
    private ItemDraft lastItem;
    private String lastMetadataKey;
    private String code;
    private String title;
    private int firstLine;

    private static final class ItemDraft {
        final List<String> codes;
        final StringBuilder text = new StringBuilder();
        final int line;

        ItemDraft(List<String> codes, String text, int line) {
            this.codes = List.copyOf(codes);
            this.line = line;
            append(text);
        }

        void append(String more) {
            if (more.isEmpty()) return;
            if (!text.isEmpty()) text.append(' ');
            text.append(more);
        }
    }

    private record OutcomeDraft(String title, int line, List<ItemDraft> items) {
    }

    private record GuidanceDraft(String title, int line, List<String> paragraphs) {
    }

    private NosParser(SourceText text) {
        this.text = text;
    }

    static ParsedSource parse(SourceText text) {
        NosParser p = new NosParser(text);
        for (int n = 1; n <= text.lineCount(); n++) {
            if (!text.line(n).isBlank()) p.read(n, text.line(n));
        }
        Unit unit = p.finish();
        p.diagnostics.sort(Diagnostic.ORDER);
        return new ParsedSource(List.of(), List.of(unit), p.diagnostics);
    }

    private void read(int n, String line) {
        if (firstLine == 0) firstLine = n;
        List<String> cells = NosLines.cells(line);
        String first = cells.get(0);
        List<String> content = new ArrayList<>();
        Optional<Heading> heading = NosLines.heading(first);
        if (heading.isPresent()) {
            startSection(heading.get(), n);
            content.add(heading.get().rest());
        } else if (NosLines.isMetadataKey(first) && cells.size() > 1) {
            metadata(first, String.join(" ", cells.subList(1, cells.size())).strip(), n);
            return;
        } else if (NosLines.metadataWithColon(first).isPresent() && cells.size() == 1) {
            String[] kv = NosLines.metadataWithColon(first).get();
            metadata(kv[0], kv[1], n);
            return;
        } else if (cells.size() == 1 && metadataMayBegin() && NosLines.metadataWithSpace(first).isPresent()) {
            String[] kv = NosLines.metadataWithSpace(first).get();
            metadata(kv[0], kv[1], n);
            return;
        } else {
            content.add(first);
        }
        content.addAll(cells.subList(1, cells.size()));
        for (String cell : content) {
            if (!cell.isEmpty()) cell(cell, n);
        }
    }

    /**
     * The metadata table follows the knowledge and any later sections; only there is a line such as
     * "Status Original" read as a row of it rather than as text.
     */
    private boolean metadataMayBegin() {
        return section == Section.KNOWLEDGE || section == Section.OTHER || section == Section.METADATA;
    }

    private void startSection(Heading heading, int n) {
        section = heading.section();
        lastItem = null;
        if (section == Section.OTHER) guidance.add(new GuidanceDraft(heading.name(), n, new ArrayList<>()));
    }

    private void cell(String cell, int n) {
        switch (section) {
            case PREAMBLE -> preamble(cell, n);
            case OVERVIEW -> {
                if (!aim.isEmpty()) aim.append(' ');
                aim.append(cell);
            }
            case PERFORMANCE -> items(NosLines.withoutLeadIn(cell), n, PERFORMANCE_CODE);
            case KNOWLEDGE -> items(NosLines.withoutLeadIn(cell), n, KNOWLEDGE_CODE);
            case OTHER -> guidance.get(guidance.size() - 1).paragraphs().add(cell);
            case METADATA -> {
                // A value wrapped onto a line of its own.
                metadata.merge(lastMetadataKey, cell, (a, b) -> a + " " + b);
            }
        }
    }

    private void preamble(String cell, int n) {
        Optional<String[]> codeAndTitle = NosLines.codeThenTitle(cell);
        if (code == null && codeAndTitle.isPresent()) {
            code = codeAndTitle.get()[0];
            if (codeAndTitle.get()[1] != null && title == null) title = codeAndTitle.get()[1];
        } else if (title == null) {
            title = cell;
        } else {
            diagnostics.add(Diagnostic.warning("text-before-overview", text.ref(n), "text \"" + cell
                    + "\" after the title and before the overview is not part of any section; it was not read"));
        }
    }

    private void items(String cell, int n, Pattern codePattern) {
        if (cell.isEmpty()) return;
        for (CodedRun run : NosLines.runs(cell, codePattern)) {
            if (!run.codes().isEmpty()) {
                lastItem = new ItemDraft(run.codes(), run.text(), n);
                if (section == Section.KNOWLEDGE) knowledge.add(lastItem);
                else currentOutcome(n).items().add(lastItem);
            } else if (lastItem != null && (lastItem.text.isEmpty() || NosLines.startsLowerCase(run.text()))) {
                lastItem.append(run.text());
            } else if (section == Section.PERFORMANCE) {
                outcomes.add(new OutcomeDraft(run.text(), n, new ArrayList<>()));
                lastItem = null;
            } else {
                diagnostics.add(Diagnostic.info("knowledge-heading", text.ref(n), "\"" + run.text()
                        + "\" heads a group of knowledge items; knowledge items are listed without their groups"));
            }
        }
    }

    private OutcomeDraft currentOutcome(int n) {
        if (outcomes.isEmpty()) outcomes.add(new OutcomeDraft(null, n, new ArrayList<>()));
        return outcomes.get(outcomes.size() - 1);
    }

    private void metadata(String printedKey, String value, int n) {
        section = Section.METADATA;
        lastItem = null;
        lastMetadataKey = NosLines.metadataName(printedKey);
        if (lastMetadataKey.endsWith("Urn") || lastMetadataKey.equals("urn")) urns.add(value);
        if (metadata.containsKey(lastMetadataKey)) {
            diagnostics.add(Diagnostic.warning("duplicate-metadata", text.ref(n), "\"" + printedKey
                    + "\" is printed twice in the metadata table; the later value \"" + value + "\" is kept"));
        }
        metadata.put(lastMetadataKey, value);
    }

    private Unit finish() {
        SourceRef at = text.ref(firstLine == 0 ? 0 : firstLine);
        String id = unitId(at);
        List<String> aliases = urns.stream().filter(u -> !u.equals(id)).distinct().toList();
        String unitTitle = unitTitle(id, at);
        List<LearningOutcome> los = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeDraft o = outcomes.get(i);
            List<AssessmentCriterion> criteria = new ArrayList<>();
            for (ItemDraft item : o.items()) {
                List<String> texts = texts(item, id);
                for (int k = 0; k < item.codes.size(); k++) {
                    criteria.add(new AssessmentCriterion(item.codes.get(k), texts.get(k), text.ref(item.line)));
                }
            }
            if (criteria.isEmpty()) {
                diagnostics.add(Diagnostic.warning("empty-outcome", text.ref(o.line()), "the heading \"" + o.title()
                        + "\" of " + id + " has no performance criteria under it"));
            }
            los.add(new LearningOutcome(String.valueOf(i + 1), o.title(), criteria, text.ref(o.line())));
        }
        List<KnowledgeItem> ks = new ArrayList<>();
        for (ItemDraft item : knowledge) {
            List<String> texts = texts(item, id);
            for (int k = 0; k < item.codes.size(); k++) {
                ks.add(new KnowledgeItem(item.codes.get(k), texts.get(k), text.ref(item.line)));
            }
        }
        checkNumbering(los.stream().flatMap(o -> o.criteria().stream())
                .map(c -> new Numbered(c.code(), c.source())).toList(), "performance criteria", id);
        checkNumbering(ks.stream().map(k -> new Numbered(k.code(), k.source())).toList(), "knowledge items", id);
        if (los.isEmpty()) {
            diagnostics.add(Diagnostic.warning("no-performance-criteria", at, id + " has no performance criteria (P1…)"));
        }
        if (metadata.isEmpty()) {
            diagnostics.add(Diagnostic.warning("no-metadata", text.ref(text.lineCount()), id + " ends without the "
                    + "metadata table (developed by, version, URN…): the text may be cut short"));
        }
        if (ks.isEmpty()) {
            diagnostics.add(Diagnostic.warning("no-knowledge", at, id + " has no knowledge items (K1…)"));
        }
        return new Unit(id, Unit.NOS, aliases, unitTitle, null, null, null, aim.isEmpty() ? null : aim.toString(),
                los, ks, List.of(), guidanceSections(), List.of(), metadata, at);
    }

    private String unitId(SourceRef at) {
        if (code != null) return code;
        if (!urns.isEmpty()) return urns.get(0);
        String derived = OutcomeTableParser.idFromFileName(text.file());
        diagnostics.add(Diagnostic.error("no-nos-code", at, "the standard prints no code (neither at the top nor as its "
                + "URN); it is called " + derived + " after its file"));
        return derived;
    }

    private String unitTitle(String id, SourceRef at) {
        if (title != null) return title;
        Matcher about = ABOUT.matcher(aim);
        if (about.find()) {
            String guess = Character.toUpperCase(about.group(1).charAt(0)) + about.group(1).substring(1);
            diagnostics.add(Diagnostic.warning("missing-title", at, id + " prints no title; \"" + guess
                    + "\" is taken from its overview"));
            return guess;
        }
        diagnostics.add(Diagnostic.warning("missing-title", at, id + " prints no title; it is taken from the same "
                + "unit in another source when one is found"));
        return null;
    }

    private List<String> texts(ItemDraft item, String id) {
        String joined = item.text.toString();
        if (item.codes.size() == 1) {
            if (joined.isEmpty()) {
                diagnostics.add(Diagnostic.warning("empty-item", text.ref(item.line), item.codes.get(0) + " of " + id
                        + " has no text"));
            }
            return List.of(joined);
        }
        List<String> parts = NosSharedTextSplitter.split(joined, item.codes.size());
        StringBuilder how = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            how.append(k == 0 ? "" : "; ").append(item.codes.get(k)).append(" \"").append(parts.get(k)).append('"');
        }
        diagnostics.add(Diagnostic.warning("shared-text-split", text.ref(item.line), String.join(" and ", item.codes)
                + " of " + id + " are printed with one text; it was split where a new item seems to begin: " + how));
        return parts;
    }

    private record Numbered(String code, SourceRef source) {
    }

    /** Gaps and repeats are kept as printed, and reported. */
    private void checkNumbering(List<Numbered> items, String what, String id) {
        int previous = 0;
        String previousCode = null;
        for (Numbered item : items) {
            int number = NosLines.number(item.code());
            if (number == previous) {
                diagnostics.add(Diagnostic.warning("duplicate-code", item.source(), item.code() + " of " + id
                        + " is printed twice; both are kept"));
            } else if (number < previous) {
                diagnostics.add(Diagnostic.warning("out-of-order", item.source(), item.code() + " of " + id
                        + " comes after " + previousCode + "; kept in printed order"));
            } else if (number > previous + 1) {
                String missing = number == previous + 2 ? item.code().charAt(0) + String.valueOf(previous + 1)
                        : item.code().charAt(0) + String.valueOf(previous + 1) + "–" + item.code().charAt(0) + (number - 1);
                diagnostics.add(Diagnostic.warning("numbering-gap", item.source(), "the " + what + " of " + id
                        + " skip " + missing + (previousCode == null ? " before " : " after " + previousCode
                        + ", before ") + item.code() + "; kept as printed"));
            }
            previous = Math.max(previous, number);
            previousCode = item.code();
        }
    }

    private List<GuidanceSection> guidanceSections() {
        List<GuidanceSection> out = new ArrayList<>();
        for (GuidanceDraft g : guidance) {
            // A heading that only introduces the next ones ("Additional Information") holds no text of its own.
            if (g.paragraphs().isEmpty()) continue;
            out.add(new GuidanceSection(g.title(), null,
                    g.paragraphs().stream().map(p -> new GuidanceSection.Paragraph(0, p)).toList(), text.ref(g.line())));
        }
        return out;
    }
}
