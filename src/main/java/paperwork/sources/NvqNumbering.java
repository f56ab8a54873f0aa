package paperwork.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.sources.NvqCodes.Kind;
import paperwork.sources.NvqCodes.PrintedCode;
import paperwork.sources.NvqCodes.UnitHeading;
import paperwork.sources.NvqUnitDraft.RawItem;

/**
 * Gives every item of one unit its code, as a careful reader would: a code printed with a stray
 * space, in the wrong case or with another unit's prefix is repaired when the unit's own numbering
 * makes the intended code plain; gaps, duplicates and codes out of order are kept as printed and
 * reported; an item printed with no code is numbered after the one before it.
 */
final class NvqNumbering {

    record Result(List<LearningOutcome> outcomes, List<KnowledgeItem> knowledge) {
    }

    private static final class Element {
        final String code;
        final String title;
        final String printedCode;
        final int number;
        final SourceRef source;
        final List<AssessmentCriterion> criteria = new ArrayList<>();

        Element(String code, String title, String printedCode, int number, SourceRef source) {
            this.code = code;
            this.title = title;
            this.printedCode = printedCode;
            this.number = number;
            this.source = source;
        }
    }

    private final UnitHeading unit;
    private final List<RawItem> items;
    private final SourceText text;
    private final List<Diagnostic> out;
    private final List<Element> elements = new ArrayList<>();
    private final List<KnowledgeItem> knowledge = new ArrayList<>();
    private final Map<String, Integer> firstLineOfCode = new HashMap<>();
    private int lastElement;
    private int lastCriterion;
    private int lastKnowledge = -1;

    private NvqNumbering(UnitHeading unit, List<RawItem> items, SourceText text, List<Diagnostic> out) {
        this.unit = unit;
        this.items = items;
        this.text = text;
        this.out = out;
    }

    static Result resolve(UnitHeading unit, List<RawItem> items, SourceText text, List<Diagnostic> out,
            boolean endsFile) {
        items = joinTextWithNoRoomForACode(items, text, out);
        NvqNumbering n = new NvqNumbering(unit, items, text, out);
        for (int i = 0; i < items.size(); i++) {
            RawItem item = items.get(i);
            switch (item.kind) {
                case ELEMENT -> n.element(item, i);
                case CRITERION -> n.criterion(item);
                case KNOWLEDGE -> n.knowledge(item);
            }
        }
        n.checkTexts(endsFile);
        n.checkElementsHaveCriteria(endsFile);
        List<LearningOutcome> outcomes = n.elements.stream()
                .map(e -> new LearningOutcome(e.code, e.title, e.printedCode, e.criteria, e.source)).toList();
        return new Result(outcomes, n.knowledge);
    }

    /**
     * Text printed without a code between two consecutive codes (a10b … a10c, a10.1.2 … a10.1.3) has
     * no number left for it: it is the rest of the item before, cut off by a blank line, not an item.
     */
    private static List<RawItem> joinTextWithNoRoomForACode(List<RawItem> items, SourceText text, List<Diagnostic> out) {
        List<RawItem> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RawItem item = items.get(i);
            RawItem before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (item.printed == null && before != null && before.printed != null && before.kind == item.kind
                    && follows(before.printed, nextPrinted(items, i))) {
                out.add(Diagnostic.warning("uncoded-text-joined", text.ref(item.line), "text printed without a code "
                        + "after " + before.printed.token() + " reads as the rest of it: the next code, "
                        + nextPrinted(items, i).token() + ", follows " + before.printed.token()
                        + " directly; joined to " + before.printed.token()));
                before.append(item.text());
            } else {
                kept.add(item);
            }
        }
        return kept;
    }

    private static PrintedCode nextPrinted(List<RawItem> items, int from) {
        for (int i = from + 1; i < items.size(); i++) {
            if (items.get(i).printed != null) return items.get(i).printed;
        }
        return null;
    }

    /** Is {@code next} the code straight after {@code before}, in the same element or knowledge list? */
    private static boolean follows(PrintedCode before, PrintedCode next) {
        if (next == null || next.kind() != before.kind() || next.unit() != before.unit()) return false;
        return switch (before.kind()) {
            case CRITERION -> next.element() == before.element() && next.number() == before.number() + 1;
            case KNOWLEDGE -> NvqCodes.letterIndex(next.knowledge()) == NvqCodes.letterIndex(before.knowledge()) + 1;
            case ELEMENT -> false;
        };
    }

    private void element(RawItem item, int index) {
        PrintedCode p = item.printed;
        int expected = lastElement + 1;
        int number = p.element();
        int confirmed = elementPartOfNextCriterion(index);
        boolean fits = number == expected || number == confirmed;
        // The element's own criteria (b6.2.1…) make the intended number plain when the printed one is off.
        if (!fits && confirmed == expected) {
            number = confirmed;
            fits = true;
        }
        if (!fits && !p.belongsTo(unit)) {
            warnForeign(item, "element", "the next element of " + unit.id() + " would be "
                    + NvqCodes.elementCode(unit, expected));
            addElement(item, p.token(), null, number);
            return;
        }
        String code = NvqCodes.elementCode(unit, number);
        String printed = repaired(item, "element", code, number, "after " + previousElementCode());
        checkSequence(item, "element", number, lastElement, previousElementCode(),
                k -> NvqCodes.elementCode(unit, k));
        addElement(item, code, printed, number);
        lastElement = Math.max(lastElement, number);
    }

    private void addElement(RawItem item, String code, String printed, int number) {
        elements.add(new Element(code, item.text(), printed, number, text.ref(item.line)));
        lastCriterion = 0;
    }

    private String previousElementCode() {
        return lastElement == 0 ? "the start of the unit" : NvqCodes.elementCode(unit, lastElement);
    }

    /** The element part of the first criterion after this element that carries this unit's prefix, or -1. */
    private int elementPartOfNextCriterion(int index) {
        for (int i = index + 1; i < items.size(); i++) {
            RawItem next = items.get(i);
            if (next.kind == Kind.ELEMENT) return -1;
            if (next.kind == Kind.CRITERION && next.printed != null && next.printed.belongsTo(unit)) {
                return next.printed.element();
            }
        }
        return -1;
    }

    private void criterion(RawItem item) {
        if (elements.isEmpty()) {
            int number = item.printed == null ? 1 : item.printed.element();
            out.add(Diagnostic.warning("criterion-without-element", text.ref(item.line), "criterion printed before any "
                    + "element of unit " + unit.id() + "; put under an element " + NvqCodes.elementCode(unit, number)
                    + " with no title"));
            elements.add(new Element(NvqCodes.elementCode(unit, number), "", null, number, text.ref(item.line)));
            lastElement = number;
        }
        Element element = elements.get(elements.size() - 1);
        PrintedCode p = item.printed;
        if (p == null) {
            String code = NvqCodes.criterionCode(unit, element.number, lastCriterion + 1);
            out.add(Diagnostic.warning("criterion-number-inferred", text.ref(item.line), "criterion printed without "
                    + "a code after " + previousCriterionCode(element) + "; numbered " + code));
            element.criteria.add(new AssessmentCriterion(code, item.text(), "", text.ref(item.line)));
            lastCriterion++;
            return;
        }
        int elementPart = p.element();
        if (elementPart != element.number && p.number() == lastCriterion + 1) elementPart = element.number;
        if (elementPart != element.number) {
            out.add(Diagnostic.warning("criterion-element-mismatch", text.ref(item.line), "criterion " + p.token()
                    + " is printed under element " + element.code + " but its number does not continue that "
                    + "element's criteria (after " + previousCriterionCode(element) + "); kept as printed"));
            element.criteria.add(new AssessmentCriterion(p.token(), item.text(), null, text.ref(item.line)));
            return;
        }
        String code = NvqCodes.criterionCode(unit, element.number, p.number());
        String printed = repaired(item, "criterion", code, element.number, "under element " + element.code);
        checkSequence(item, "criterion", p.number(), lastCriterion, previousCriterionCode(element),
                k -> NvqCodes.criterionCode(unit, element.number, k));
        element.criteria.add(new AssessmentCriterion(code, item.text(), printed, text.ref(item.line)));
        lastCriterion = Math.max(lastCriterion, p.number());
    }

    private String previousCriterionCode(Element element) {
        return lastCriterion == 0 ? "element " + element.code : NvqCodes.criterionCode(unit, element.number, lastCriterion);
    }

    private void knowledge(RawItem item) {
        PrintedCode p = item.printed;
        int expected = lastKnowledge + 1;
        String previous = lastKnowledge < 0 ? "the start of the knowledge list"
                : NvqCodes.knowledgeCode(unit, NvqCodes.letters(lastKnowledge));
        if (p == null) {
            String code = NvqCodes.knowledgeCode(unit, NvqCodes.letters(expected));
            out.add(Diagnostic.warning("knowledge-code-inferred", text.ref(item.line),
                    "knowledge item printed without a code after " + previous + "; coded " + code));
            knowledge.add(new KnowledgeItem(code, item.text(), "", text.ref(item.line)));
            lastKnowledge = expected;
            return;
        }
        int index = NvqCodes.letterIndex(p.knowledge());
        if (!p.belongsTo(unit) && index != expected) {
            warnForeign(item, "knowledge item", "the next knowledge item of " + unit.id() + " would be "
                    + NvqCodes.knowledgeCode(unit, NvqCodes.letters(expected)));
            knowledge.add(new KnowledgeItem(p.token(), item.text(), null, text.ref(item.line)));
            return;
        }
        String code = NvqCodes.knowledgeCode(unit, p.knowledge());
        String printed = repaired(item, "knowledge item", code, 0, "after " + previous);
        checkSequence(item, "knowledge item", index, lastKnowledge, previous,
                k -> NvqCodes.knowledgeCode(unit, NvqCodes.letters(k)));
        knowledge.add(new KnowledgeItem(code, item.text(), printed, text.ref(item.line)));
        lastKnowledge = Math.max(lastKnowledge, index);
    }

    /**
     * Reports a repair when {@code code} is not what was printed, and returns the printed code to
     * keep beside it (null when nothing was repaired). {@code element} is the element number the
     * item was read with; {@code where} says where it stands, for the message.
     */
    private String repaired(RawItem item, String what, String code, int element, String where) {
        PrintedCode p = item.printed;
        noteFirstLine(code, item.line);
        if (p.token().equals(code)) return null;
        List<String> reasons = new ArrayList<>();
        if (p.hasStraySpace()) reasons.add("a stray space");
        if (p.hasStrayPunctuation()) reasons.add("stray punctuation");
        if (!p.hasConventionalCase()) reasons.add(p.kind() == Kind.ELEMENT ? "a small letter" : "a capital letter");
        if (!p.belongsTo(unit)) {
            reasons.add("the prefix of unit " + p.letters().toUpperCase(Locale.ROOT) + p.unit() + " inside unit "
                    + unit.id());
        }
        if (p.kind() != Kind.KNOWLEDGE && p.element() != element) {
            reasons.add((p.kind() == Kind.ELEMENT ? "number " : "element part ") + p.element());
        }
        out.add(Diagnostic.warning("code-repaired", text.ref(item.line), what + " printed as \"" + p.token()
                + "\" with " + String.join(" and ", reasons) + " " + where + "; read as " + code));
        return p.token();
    }

    private void noteFirstLine(String code, int line) {
        firstLineOfCode.putIfAbsent(code, line);
    }

    private void checkSequence(RawItem item, String what, int number, int last, String lastCode,
            IntFunction<String> codeOf) {
        SourceRef at = text.ref(item.line);
        String code = codeOf.apply(number);
        Integer first = firstLineOfCode.get(code);
        if (first != null && first != item.line) {
            out.add(Diagnostic.warning("duplicate-code", at, what + " " + code + " is printed again (first on line "
                    + first + "); both kept"));
        } else if (number < last) {
            out.add(Diagnostic.warning("numbering-out-of-sequence", at, what + " " + code + " is printed after "
                    + lastCode + "; kept in printed order"));
        } else if (number > last + 1) {
            String missing = number == last + 2 ? codeOf.apply(last + 1) + " is"
                    : codeOf.apply(last + 1) + " to " + codeOf.apply(number - 1) + " are";
            out.add(Diagnostic.warning("numbering-gap", at, what + " " + code + " follows " + lastCode + ": "
                    + missing + " not printed; kept as printed"));
        }
    }

    private void warnForeign(RawItem item, String what, String expectation) {
        out.add(Diagnostic.warning("foreign-code", text.ref(item.line), what + " " + item.printed.token()
                + " is printed inside unit " + unit.id() + " and does not fit its numbering (" + expectation
                + "); kept as printed"));
    }

    private void checkElementsHaveCriteria(boolean endsFile) {
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            boolean cutOff = endsFile && i == elements.size() - 1 && items.get(items.size() - 1).kind == Kind.ELEMENT;
            if (e.criteria.isEmpty() && !cutOff) {
                out.add(Diagnostic.warning("element-without-criteria", e.source, "element " + e.code + " of unit "
                        + unit.id() + " has no performance criteria"));
            }
        }
    }

    private void checkTexts(boolean endsFile) {
        RawItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        for (RawItem item : items) {
            String name = item.printed == null ? "the uncoded text on line " + item.line : item.printed.token();
            if (!item.hasText()) {
                if (endsFile && item == last) continue; // reported as truncated-source
                out.add(Diagnostic.warning("missing-text", text.ref(item.line), name + " is printed with no text"));
            } else if (NvqLayout.endsDangling(item.text)) {
                String t = item.text();
                String tail = t.substring(Math.max(0, t.lastIndexOf(' ', t.lastIndexOf(' ') - 1) + 1));
                out.add(Diagnostic.warning("text-may-be-truncated", text.ref(item.line), name + " ends with \""
                        + tail + "\": the source may have cut it short; kept as printed"));
            }
        }
    }
}
