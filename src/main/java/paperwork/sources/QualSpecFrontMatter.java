package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paperwork.catalogue.Diagnostic;

/**
 * The part of a specification before the unit pages: the qualification's title, its number (QAN),
 * key facts ("Credit Value:⇥55"), the qualification structure and the rules of combination with
 * their group tables. Prose sections in between are not the catalogue's business and are passed over.
 */
final class QualSpecFrontMatter {
    /** Key facts this format knows when they are printed without a tab: "Credit value: 55", "Guided learning hours (GLH): 120". */
    private static final Pattern KNOWN_FACT = Pattern.compile("(qualification (accreditation )?number|learning aim reference|"
            + "credit value|credits?|glh|guided learning hours|tqt|total qualification time|level|age range|minimum age|"
            + "assessment( method)?s?|grading|qualification (reference|code|type)|operational start date|review date)"
            + "( \\(.*\\))?");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d{2})\\s+years of age or (above|over|older)\\b");

    private final SourceText text;
    private final List<Diagnostic> diagnostics;
    final QualSpecRules rules = new QualSpecRules();
    final Map<String, String> metadata = new TreeMap<>();
    final List<QualSpecPatterns.Fact> keyFacts = new ArrayList<>();
    String title;
    int titleLine;
    String qan;
    int qanLine;
    /** The group whose heading was read last, and its table's columns once the header is read. */
    private QualSpecRules.GroupDraft group;
    private QualSpecRules.Columns columns;

    QualSpecFrontMatter(SourceText text, List<Diagnostic> diagnostics) {
        this.text = text;
        this.diagnostics = diagnostics;
    }

    /** "Appendix 1: Rules of Combination": what follows belongs to no group yet. */
    void rulesHeading() {
        endGroup();
    }

    void endGroup() {
        group = null;
        columns = null;
    }

    void read(int n, String line) {
        if (title == null) {
            Optional<String> t = QualSpecPatterns.qualificationTitle(line);
            if (t.isPresent()) {
                title = t.get();
                titleLine = n;
                return;
            }
        }
        Optional<String> qanValue = QualSpecPatterns.qanLine(line);
        if (qanValue.isPresent()) {
            qanLine(n, qanValue.get());
            return;
        }
        if (QualSpecPatterns.isRulesHeading(line)) {
            endGroup();
            return;
        }
        if (QualSpecPatterns.isGroupHeading(line)) {
            group = new QualSpecRules.GroupDraft(QualSpecPatterns.collapse(line), n);
            rules.groups.add(group);
            columns = null;
            return;
        }
        if (group != null && groupLine(n, line)) return;
        if (isKeyFact(line)) {
            keyFacts.add(QualSpecPatterns.keyFact(line).get());
            return;
        }
        QualSpecPatterns.version(line).ifPresent(v -> metadata.putIfAbsent("version", v));
        Matcher age = AGE.matcher(line);
        if (age.find()) metadata.putIfAbsent("ageRange", age.group(1) + "+");
        rules.sentences.addAll(QualSpecRuleSentence.readAll(line, n));
    }

    /** The cover and the key facts both print the QAN; two different numbers are a doubt. */
    private void qanLine(int n, String value) {
        if (qan == null) {
            qan = value;
            qanLine = n;
        } else if (!qan.equals(value)) {
            diagnostics.add(Diagnostic.warning("qan-disagrees", text.ref(n), "qualification number " + value
                    + " differs from " + qan + " printed on line " + qanLine + "; the first is kept"));
        }
    }

    /**
     * A line under a group heading: the group's own rule, its table's header, or a row. A line that is
     * not a row ends the table, and is then read as front matter again (false).
     */
    private boolean groupLine(int n, String line) {
        if (columns != null) {
            Optional<QualSpecRules.Row> row = columns.row(line, n);
            if (row.isPresent()) {
                group.rows.add(row.get());
                return true;
            }
            endGroup();
            return false;
        }
        Optional<QualSpecRules.Columns> header = QualSpecRules.Columns.of(line);
        if (header.isPresent()) {
            columns = header.get();
            return true;
        }
        group.text.add(QualSpecPatterns.plain(line));
        for (QualSpecRuleSentence s : QualSpecRuleSentence.readAll(line, n)) {
            if ("this group".equals(s.group()) || s.group() == null) group.own.add(s);
            else rules.sentences.add(s);
        }
        return true;
    }

    /** "Credit Value:⇥55": a label and a tab, or a label this format knows. */
    private static boolean isKeyFact(String line) {
        Optional<QualSpecPatterns.Fact> fact = QualSpecPatterns.keyFact(line);
        if (fact.isEmpty()) return false;
        if (line.matches("^[^\\t:]+:\\s*\\t.*")) return true;
        return KNOWN_FACT.matcher(QualSpecPatterns.lower(fact.get().label())).matches();
    }
}
