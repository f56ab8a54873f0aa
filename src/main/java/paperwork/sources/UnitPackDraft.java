package paperwork.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;
import paperwork.sources.UnitPackLines.CriterionCode;
import paperwork.sources.UnitPackLines.OutcomeHeading;

/**
 * One unit of a unit pack while it is being read: what each section printed, as printed.
 * {@link #build} turns it into a {@link Unit} once the whole unit is known, so that a missing
 * number can be inferred from the numbers after it as well as before.
 */
final class UnitPackDraft {

    /** A criterion as printed; {@code code} is null when no number was printed. */
    static final class CriterionDraft {
        final CriterionCode code;
        final int line;
        final StringBuilder text = new StringBuilder();

        CriterionDraft(CriterionCode code, String text, int line) {
            this.code = code;
            this.line = line;
            append(this.text, text);
        }
    }

    /** An outcome heading of the criteria section and the criteria under it. */
    static final class OutcomeDraft {
        final int number;
        final int line;
        final StringBuilder title = new StringBuilder();
        final List<CriterionDraft> criteria = new ArrayList<>();

        OutcomeDraft(int number, String title, int line) {
            this.number = number;
            this.line = line;
            append(this.title, title);
        }
    }

    /** An evidence requirement or one of its sub-items; {@code printed} is null when no number or letter was printed. */
    static final class EvidenceDraft {
        final String printed;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<EvidenceDraft> subItems = new ArrayList<>();

        EvidenceDraft(String printed, String text, int line) {
            this.printed = printed;
            this.line = line;
            append(this.text, text);
        }
    }

    /** A run of guidance: the section's heading, the outcome it is printed under (null before the first), its paragraphs. */
    record GuidanceDraft(String title, String outcome, String outcomeTitle, int line, List<GuidanceSection.Paragraph> paragraphs) {
    }

    private static final Pattern NOS_CODE = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{1,6}\\d{1,4})(?!\\d)");

    final String number;
    final int line;
    final StringBuilder title = new StringBuilder();
    Integer level;
    Integer credits;
    Integer glh;
    Integer glhFact;
    String uan;
    int factsLine;
    boolean factsSeen;
    final StringBuilder aim = new StringBuilder();
    boolean aimLastBullet;
    Integer statedOutcomes;
    int statedOutcomesLine;
    final List<OutcomeHeading> listed = new ArrayList<>();
    final List<Integer> listedLines = new ArrayList<>();
    final List<String> nos = new ArrayList<>();
    int nosLine;
    String supportHeading;
    final List<String> support = new ArrayList<>();
    final List<String> assessment = new ArrayList<>();
    final List<OutcomeDraft> outcomes = new ArrayList<>();
    final List<EvidenceDraft> evidence = new ArrayList<>();
    final List<GuidanceDraft> guidance = new ArrayList<>();
    final Map<Integer, String> unplaced = new LinkedHashMap<>();

    UnitPackDraft(UnitPackLines.UnitHeading heading, int line) {
        this.number = heading.number();
        this.line = line;
        append(title, heading.title());
    }

    OutcomeDraft lastOutcome() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }

    CriterionDraft lastCriterion() {
        OutcomeDraft o = lastOutcome();
        return o == null || o.criteria.isEmpty() ? null : o.criteria.get(o.criteria.size() - 1);
    }

    EvidenceDraft lastEvidence() {
        return evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
    }

    GuidanceDraft lastGuidance() {
        return guidance.isEmpty() ? null : guidance.get(guidance.size() - 1);
    }

    void addAim(String text, boolean bullet) {
        if (!aim.isEmpty()) aim.append(bullet && aimLastBullet ? "\n" : "\n\n");
        aim.append(bullet ? "- " + text : text);
        aimLastBullet = bullet;
    }

    boolean hasCriteria() {
        return outcomes.stream().anyMatch(o -> !o.criteria.isEmpty());
    }

    /**
     * The unit as read. {@code fallbackUan} is the summary table's UAN for this unit number, used
     * when the page prints none.
     */
    Unit build(SourceText text, String fallbackUan, List<Diagnostic> out) {
        SourceRef at = text.ref(line);
        String id = uan;
        if (id == null && fallbackUan != null) {
            id = fallbackUan;
            out.add(Diagnostic.warning("missing-uan", at, "unit " + number + " prints no UAN; "
                    + fallbackUan + " is taken from the summary table"));
        } else if (id == null) {
            id = "unit-" + number;
            out.add(Diagnostic.error("missing-uan", at, "unit " + number + " prints no UAN and the summary table has "
                    + "none for it; its id is " + id));
        }
        if (title.isEmpty()) out.add(Diagnostic.error("missing-title", at, "unit " + number + " has no title"));
        Integer hours = glh != null ? glh : glhFact;
        if (glh != null && glhFact != null && !glh.equals(glhFact)) {
            out.add(Diagnostic.warning("glh-disagrees", at, "unit " + number + " prints " + glhFact + " GLH with its "
                    + "level and credit value but recommends " + glh + " hours; " + glh + " is kept"));
        }
        UnitPackNumbering numbering = new UnitPackNumbering(text, "unit " + number, out);
        return new Unit(id, Unit.QCF_UNIT, List.of(number), title.toString(), level, credits, hours,
                aim.isEmpty() ? null : aim.toString(), numbering.outcomes(outcomes), List.of(),
                numbering.evidence(evidence), guidance(text), links(text, out), metadata(), at);
    }

    private List<GuidanceSection> guidance(SourceText text) {
        return guidance.stream()
                .map(g -> new GuidanceSection(g.title(), g.outcome(), g.paragraphs(), text.ref(g.line())))
                .toList();
    }

    /** "This unit directly relates to Unit B7 of …": one unresolved link per code printed, the sentence as its note. */
    private List<UnitLink> links(SourceText text, List<Diagnostic> out) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String paragraph : nos) {
            for (String sentence : paragraph.split("(?<=\\.)\\s+")) {
                Matcher m = NOS_CODE.matcher(sentence);
                while (m.find()) found.putIfAbsent(m.group(1), sentence.strip());
            }
        }
        if (found.size() > 1) {
            out.add(Diagnostic.warning("several-nos-relationships", text.ref(nosLine), "unit " + number
                    + " states a relationship to " + found.size() + " national standards (" + String.join(", ",
                    found.keySet()) + "); each is kept as a link"));
        }
        return found.entrySet().stream()
                .map(e -> new UnitLink(UnitLink.NOS_RELATIONSHIP, e.getKey(), false, e.getValue())).toList();
    }

    private Map<String, String> metadata() {
        Map<String, String> m = new TreeMap<>();
        if (!nos.isEmpty()) m.put("nosRelationship", String.join("\n\n", nos));
        if (!support.isEmpty()) {
            String key = supportHeading != null && supportHeading.toLowerCase(java.util.Locale.ROOT).startsWith("endorsement")
                    ? "endorsement" : "support";
            m.put(key, String.join("\n\n", support));
        }
        if (!assessment.isEmpty()) m.put("assessment", String.join("\n", assessment));
        if (!unplaced.isEmpty()) m.put("unplacedText", String.join("\n", unplaced.values()));
        return m;
    }

    static void append(StringBuilder b, String more) {
        String s = UnitPackLines.collapse(more);
        if (s.isEmpty()) return;
        if (!b.isEmpty()) b.append(' ');
        b.append(s);
    }
}
