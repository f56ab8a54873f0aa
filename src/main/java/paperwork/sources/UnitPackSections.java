package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.GuidanceSection;
import paperwork.sources.UnitPackDraft.CriterionDraft;
import paperwork.sources.UnitPackDraft.EvidenceDraft;
import paperwork.sources.UnitPackDraft.GuidanceDraft;
import paperwork.sources.UnitPackDraft.OutcomeDraft;
import paperwork.sources.UnitPackLines.Bullet;
import paperwork.sources.UnitPackLines.OutcomeHeading;

/**
 * Reads the lines of one section of a unit page into its draft: the facts under the heading, the
 * aim, the list of outcomes, GLH, the criteria under "Outcome N" headings, the evidence
 * requirements with their lettered sub-items, and guidance (where "Outcome N" heads guidance).
 * {@code blank} tells each reader whether a blank line came before this one.
 */
final class UnitPackSections {
    private final SourceText text;
    private final List<Diagnostic> diagnostics;

    UnitPackSections(SourceText text, List<Diagnostic> diagnostics) {
        this.text = text;
        this.diagnostics = diagnostics;
    }

    void facts(UnitPackDraft draft, int n, String line, boolean blank) {
        if (UnitPackLines.isFacts(line)) {
            UnitPackLines.level(line).ifPresent(v -> draft.level = v);
            UnitPackLines.credit(line).ifPresent(v -> draft.credits = v);
            UnitPackLines.glhFact(line).ifPresent(v -> draft.glhFact = v);
            UnitPackLines.uanFact(line).ifPresent(v -> draft.uan = v);
            if (draft.factsLine == 0) draft.factsLine = n;
            draft.factsSeen = true;
        } else if (!draft.factsSeen && !blank) {
            UnitPackDraft.append(draft.title, line);
        } else {
            unplaced(draft, n, line);
        }
    }

    private void unplaced(UnitPackDraft draft, int n, String line) {
        draft.unplaced.put(n, UnitPackLines.collapse(line));
        diagnostics.add(Diagnostic.warning("unplaced-text", text.ref(n), "text in unit " + draft.number + " is under no "
                + "heading this format knows; kept in the unit's metadata (\"unplacedText\")"));
    }

    void aim(UnitPackDraft draft, String line) {
        Optional<Bullet> b = UnitPackLines.bullet(line);
        draft.addAim(b.map(Bullet::text).map(UnitPackLines::collapse).orElse(UnitPackLines.collapse(line)), b.isPresent());
    }

    void outcomeList(UnitPackDraft draft, int n, String line, boolean blank) {
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
            unplaced(draft, n, line);
        }
    }

    void glh(UnitPackDraft draft, int n, String line, boolean blank) {
        var hours = UnitPackLines.hours(UnitPackLines.collapse(line));
        if (hours.isPresent() && draft.glh == null) draft.glh = hours.getAsInt();
        else if (draft.glh == null) unplaced(draft, n, line);
    }

    void criteria(UnitPackDraft draft, int n, String line, boolean blank) {
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
        boolean firstOfOutcome = draft.lastOutcome() != null && draft.lastOutcome().criteria.isEmpty();
        if (continuation && firstOfOutcome && b.isEmpty() && body.endsWith(":")) {
            return; // a lead-in such as "Learners must be able to:"
        }
        if (continuation && draft.lastOutcome() != null && !blank) {
            UnitPackDraft.append(draft.lastOutcome().title, body);
            return;
        }
        if (draft.lastOutcome() == null) {
            int number = code.map(UnitPackLines.CriterionCode::outcome).orElse(1);
            diagnostics.add(Diagnostic.warning("outcome-heading-missing", text.ref(n), "criteria of unit " + draft.number
                    + " begin with no \"Outcome\" heading; read under outcome " + number));
            draft.outcomes.add(new OutcomeDraft(number, listedTitle(draft, number), n));
        }
        OutcomeDraft outcome = draft.lastOutcome();
        outcome.criteria.add(new CriterionDraft(code.orElse(null), code.map(UnitPackLines.CriterionCode::text).orElse(body), n));
    }

    private static String listedTitle(UnitPackDraft draft, int number) {
        return draft.listed.stream().filter(o -> o.number() == number).map(OutcomeHeading::title).findFirst().orElse("");
    }

    /** Is this line an "Outcome N" heading with a criterion coded "N.1" (or similar) among the next lines? */
    boolean criteriaFollow(int n) {
        if (UnitPackLines.outcomeHeading(text.line(n)).isEmpty()) return false;
        int seen = 0;
        for (int i = n + 1; i <= text.lineCount() && seen < 4; i++) {
            String l = text.line(i);
            if (l.isBlank()) continue;
            seen++;
            String body = UnitPackLines.bullet(l).map(Bullet::text).orElse(l);
            if (UnitPackLines.criterionCode(body).isPresent()) return true;
        }
        return false;
    }

    /** Looks past a page break: does a list with evidence numbers ("2 You may…") or lettered sub-items follow? */
    boolean evidenceFollows(int n) {
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

    void evidence(UnitPackDraft draft, int n, String line, boolean blank) {
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

    void guidance(UnitPackDraft draft, int n, String line, boolean blank) {
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

    static String bulletText(String line) {
        return UnitPackLines.bullet(line).map(b -> "- " + UnitPackLines.collapse(b.text())).orElse(UnitPackLines.collapse(line));
    }
}
