package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Unit;
import paperwork.sources.QualSpecCells.PrintedCriterion;
import paperwork.sources.QualSpecCells.PrintedOutcome;
import paperwork.sources.QualSpecUnitDraft.CriterionDraft;
import paperwork.sources.QualSpecUnitDraft.OutcomeDraft;

/**
 * Reads a qualification specification line by line. The text runs through three parts, each
 * entered by a heading: the front matter with the rules of combination (read by
 * {@link QualSpecFrontMatter}), the unit pages (read here), and sample material (record sheets,
 * action plans, tracking sheets) that is not read. {@link QualSpecQualification} turns what was
 * read into the qualification and checks the printings against each other.
 */
final class QualSpecParser {
    /** The front matter (with the rules of combination), the unit pages, the sample material. */
    enum Part { FRONT, UNITS, SAMPLE }

    final SourceText text;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final QualSpecFrontMatter front;
    private final QualSpecPageFurniture pageFurniture;
    final List<QualSpecUnitDraft> unitDrafts = new ArrayList<>();
    /** Lines of page furniture by kind: contents entries, running heads, table headers repeated after a page break. */
    final Map<String, Integer> furniture = new LinkedHashMap<>();
    int firstFurnitureLine;
    int sampleLines;
    int sampleLine;
    int lastTextLine;
    Part part = Part.FRONT;

    private QualSpecUnitDraft unit;
    /** Where in the unit page the reader is. */
    private boolean inTable;
    private boolean outsideTable;
    private boolean blank;
    /** The line before was the unit's heading or a wrapped line of it: a line in lower case goes on with the title. */
    private boolean titleOpen;
    private QualSpecUnitDraft.GuidanceDraft guidance;

    private QualSpecParser(SourceText text) {
        this.text = text;
        this.front = new QualSpecFrontMatter(text, diagnostics);
        this.pageFurniture = QualSpecPageFurniture.of(text);
    }

    static ParsedSource parse(SourceText text) {
        QualSpecParser p = new QualSpecParser(text);
        for (int i = 1; i <= text.lineCount(); i++) p.read(i, text.line(i));
        return QualSpecQualification.finish(p);
    }

    private void read(int n, String line) {
        if (line.isBlank()) {
            blank = true;
            return;
        }
        lastTextLine = n;
        if (isRunningHead(line)) {
            furniture(n, "running head");
            return;
        }
        if (QualSpecPageFurniture.isPageNumber(line)) {
            furniture(n, "page number");
            return;
        }
        if (pageFurniture.isRepeated(line)) {
            furniture(n, "repeated page line");
            return;
        }
        if (QualSpecPatterns.isContentsEntry(line) && part != Part.UNITS && part != Part.SAMPLE) {
            furniture(n, "list of contents");
            return;
        }
        Optional<String> appendix = QualSpecPatterns.appendix(line);
        if (appendix.isPresent() && !line.contains("\t")) {
            enterAppendix(appendix.get(), n);
        } else if (part != Part.SAMPLE && (!unitDrafts.isEmpty() || unit != null) && QualSpecPatterns.isSampleHeading(line)) {
            enterAppendix(QualSpecPatterns.collapse(line), n);
        } else if (part != Part.SAMPLE && QualSpecPatterns.unitHeading(line).isPresent()) {
            closeUnit();
            unit = new QualSpecUnitDraft(QualSpecPatterns.unitHeading(line).get(), n);
            part = Part.UNITS;
            titleOpen = true;
            inTable = outsideTable = false;
            guidance = null;
        } else if (part == Part.SAMPLE) {
            if (sampleLines++ == 0) sampleLine = n;
            sampleRow(line);
        } else if (unit != null) {
            unitLine(n, line);
        } else {
            front.read(n, line);
        }
        blank = false;
    }

    /** The unit a tracking sheet names, and the last criterion code its rows list: to tell a sheet cut short. */
    String sampleUnit;
    String sampleCriterion;
    private static final Pattern ROW_CRITERION = Pattern.compile("^[^\\t]*\\t\\s*(?:<p>)?\\s*(\\d{1,2}\\.\\d{1,2})\\b");

    private void sampleRow(String line) {
        Matcher uan = QualSpecPatterns.UAN.matcher(line);
        if (uan.find()) {
            sampleUnit = uan.group(1);
            sampleCriterion = null;
        }
        Matcher c = ROW_CRITERION.matcher(line);
        if (c.find()) sampleCriterion = c.group(1);
    }

    private boolean isRunningHead(String line) {
        String title = front.title;
        return title != null && line.length() >= title.length() && line.length() <= title.length() + 20
                && QualSpecPatterns.collapse(line).equals(title);
    }

    private void furniture(int n, String kind) {
        if (furniture.isEmpty()) firstFurnitureLine = n;
        furniture.merge(kind, 1, Integer::sum);
    }

    private void enterAppendix(String name, int n) {
        String s = QualSpecPatterns.lower(name);
        if (s.contains("rules of combination") || s.contains("structure")) {
            closeUnit();
            part = Part.FRONT;
            front.rulesHeading();
        } else if (s.contains("unit") && !s.contains("sample") && !s.contains("tracking")) {
            closeUnit();
            part = Part.UNITS;
        } else {
            closeUnit();
            part = Part.SAMPLE;
            sampleLine = n;
            sampleLines++;
        }
        front.endGroup();
    }

    // ---- unit pages ----

    private void unitLine(int n, String line) {
        if (blank) titleOpen = false;
        if (QualSpecPatterns.isTableHeader(line) || QualSpecPatterns.isTableSubheader(line)) {
            // The first header of a unit heads its table; a header printed again heads the next page.
            if (unit.tableSeen && (!unit.outcomes.isEmpty() || QualSpecPatterns.isTableHeader(line))) {
                furniture(n, "repeated table header");
            }
            unit.tableSeen = true;
            inTable = true;
            outsideTable = false;
            guidance = null;
            return;
        }
        if (guidance != null) {
            QualSpecCells.paragraphs(line).forEach(guidance.paragraphs()::add);
            return;
        }
        if (!inTable && !unit.tableSeen) {
            beforeTable(n, line);
            return;
        }
        if (QualSpecPatterns.isGuidanceHeading(line)) {
            guidance = new QualSpecUnitDraft.GuidanceDraft(QualSpecPatterns.collapse(line), n, new ArrayList<>());
            unit.guidance.add(guidance);
            inTable = outsideTable = false;
            return;
        }
        if (line.contains("\t") && inTable) {
            int tab = line.indexOf('\t');
            row(n, line.substring(0, tab), line.substring(tab + 1));
            return;
        }
        Optional<PrintedOutcome> outcome = QualSpecCells.outcomeLine(line);
        if (outcome.isPresent() && (blank || !inTable)) {
            diagnostics.add(Diagnostic.info("outcome-outside-table", text.ref(n), "unit " + unit.id(text) + ": outcome "
                    + outcome.get().printed() + " is printed after the table, with its criteria as a list; read with the table"));
            unit.outcomes.add(new OutcomeDraft(outcome.get(), n));
            inTable = false;
            outsideTable = true;
            return;
        }
        if (QualSpecCells.isCriterionLine(line) && (inTable || outsideTable)) {
            addCriteria(n, QualSpecCells.withoutBullet(line), true);
            return;
        }
        if (inTable && !blank && QualSpecCells.outcome(line).isPresent() && outcome.isPresent()) {
            row(n, line, "");
            return;
        }
        diagnostics.add(Diagnostic.warning("text-not-read", text.ref(n), "unit " + unit.id(text) + ": this line is neither "
                + "a row of the outcome table nor a heading this format knows (\"" + QualSpecUnitDraft.abbreviate(
                        QualSpecPatterns.collapse(line)) + "\"); it was not read"));
    }

    private void beforeTable(int n, String line) {
        boolean wrapsTitle = titleOpen && !blank && Character.isLowerCase(line.strip().codePointAt(0));
        titleOpen = wrapsTitle;
        if (wrapsTitle) {
            unit.title.append(' ').append(QualSpecPatterns.collapse(line));
            return;
        }
        Optional<QualSpecPatterns.Fact> fact = QualSpecPatterns.unitFact(line);
        if (fact.isPresent()) {
            unitFact(n, fact.get());
            return;
        }
        Optional<Integer> stated = QualSpecPatterns.statedOutcomes(line);
        if (stated.isPresent()) {
            unit.statedOutcomes = stated.get();
            unit.statedOutcomesLine = n;
            return;
        }
        String s = QualSpecPatterns.lower(line);
        if (s.matches("(unit )?(aims?|purpose)( and aims?)?:?")) return;
        unit.aim.add(String.join(" ", QualSpecCells.paragraphs(line)));
    }

    private void unitFact(int n, QualSpecPatterns.Fact fact) {
        String label = fact.label();
        String value = fact.value();
        Matcher uan = QualSpecPatterns.UAN.matcher(value);
        if (label.contains("aim")) {
            unit.aim.add(value);
        } else if (label.startsWith("unit") || label.equals("uan")) {
            if (uan.find() && unit.uan == null) {
                unit.uan = uan.group(1);
                unit.uanLine = n;
            } else if (!unit.aliases.contains(value)) {
                unit.aliases.add(value);
            }
        } else if (label.startsWith("credit")) {
            unit.credits = QualSpecPatterns.firstInt(value);
        } else if (label.equals("glh") || label.startsWith("guided")) {
            unit.glh = QualSpecPatterns.firstInt(value);
        } else if (label.equals("level")) {
            unit.level = QualSpecPatterns.firstInt(value);
        } else {
            unit.metadata.put(QualSpecPatterns.key(label), value);
        }
    }

    /** A row of the outcome table; an empty outcome cell continues the outcome of the row before (a page break). */
    private void row(int n, String outcomeCell, String criteriaCell) {
        Optional<PrintedOutcome> outcome = QualSpecCells.outcome(outcomeCell);
        if (outcome.isPresent()) {
            unit.outcomes.add(new OutcomeDraft(outcome.get(), n));
        } else if (unit.outcomes.isEmpty()) {
            diagnostics.add(Diagnostic.warning("criteria-without-outcome", text.ref(n), "unit " + unit.id(text)
                    + ": criteria are printed before any outcome; read under an outcome numbered 1"));
            unit.outcomes.add(new OutcomeDraft(new PrintedOutcome(null, "", ""), n));
        }
        addCriteria(n, criteriaCell, outcome.isEmpty());
    }

    /**
     * The criteria of a cell. In a continuation (a row with no outcome of its own, or a list under an
     * outcome printed outside the table) text without a code that opens in lower case is the rest of
     * the criterion before it, cut by the page break.
     */
    private void addCriteria(int n, String cell, boolean continuation) {
        OutcomeDraft outcome = unit.lastOutcome();
        for (String paragraph : QualSpecCells.paragraphs(cell)) {
            for (PrintedCriterion c : QualSpecCells.criteria(paragraph, unit.expectedMajor())) {
                CriterionDraft last = unit.lastCriterion();
                boolean rest = c.printed() == null && continuation && last != null
                        && Character.isLowerCase(c.text().codePointAt(0));
                if (rest) {
                    diagnostics.add(Diagnostic.info("continuation-joined", text.ref(n), "unit " + unit.id(text)
                            + ": text without a code continues criterion " + last.printed.printed() + " after a page break; joined"));
                    last.text.append(' ').append(c.text());
                } else {
                    outcome.criteria.add(new CriterionDraft(c, n));
                }
            }
        }
    }

    void closeUnit() {
        if (unit == null) return;
        unitDrafts.add(unit);
        unit = null;
        inTable = outsideTable = false;
        guidance = null;
    }

    /** The unit being read when the text ended, or null. */
    QualSpecUnitDraft openUnit() {
        return unit;
    }

    boolean endedInTable() {
        return inTable || outsideTable;
    }

    List<Unit> buildUnits() {
        List<Unit> units = new ArrayList<>();
        for (QualSpecUnitDraft d : unitDrafts) units.add(d.build(text, diagnostics));
        return units;
    }
}
