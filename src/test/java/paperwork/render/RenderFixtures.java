package paperwork.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Constraint;
import paperwork.catalogue.EvidenceRequirement;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.SourceFile;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;
import paperwork.sources.CatalogueReader;

/** Catalogues to render: a small synthetic one with every kind of content, and the real sources. */
public final class RenderFixtures {
    public static final String QUALIFICATION = "601/0000/1";
    public static final String UNIT_A = "L/601/1225";
    public static final String UNIT_B = "M/601/1226";
    /** Text that would be markup if it were not escaped. */
    public static final String TRICKY = "Compare <b>bold</b> claims & \"quoted\" 'offers' < 5% > 2";

    private static Catalogue real;

    private RenderFixtures() {
    }

    /** Every source in sources/, parsed by whichever parsers exist today. */
    public static synchronized Catalogue realSources() {
        if (real == null) real = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        return real;
    }

    /** The unit of {@link #longOutcome()}: its outcome 1 has too many criteria for one page. */
    public static final String LONG_OUTCOME_UNIT = "T/999/0001";
    public static final String LONG_OUTCOME_TITLE = "Understand how to keep customers informed about long deliveries";
    public static final String SHORT_OUTCOME_TITLE = "Be able to close a customer's enquiry";
    public static final int LONG_OUTCOME_CRITERIA = 40;
    public static final String LONG_OUTCOME_QUALIFICATION = "600/9999/1";

    /**
     * One unit whose first outcome runs over pages (criterion 1.n reads "explain delivery step n …"),
     * then a short one, in a qualification of its own.
     */
    public static Catalogue longOutcome() {
        SourceRef at = new SourceRef("sources/long-outcome.txt", 1);
        List<AssessmentCriterion> many = java.util.stream.IntStream.rangeClosed(1, LONG_OUTCOME_CRITERIA)
                .mapToObj(i -> new AssessmentCriterion("1." + i, "explain delivery step " + i
                        + " to their customer, and check that the customer has understood what happens next", at))
                .toList();
        Unit unit = new Unit(LONG_OUTCOME_UNIT, Unit.QCF_UNIT, List.of(), "Keep customers informed", 2, 3, 20, null,
                List.of(new LearningOutcome("1", LONG_OUTCOME_TITLE, many, at),
                        new LearningOutcome("2", SHORT_OUTCOME_TITLE, List.of(
                                new AssessmentCriterion("2.1", "summarise the actions agreed with their customer", at)), at)),
                List.of(), List.of(), List.of(), List.of(), Map.of(), at);
        Qualification q = new Qualification(LONG_OUTCOME_QUALIFICATION, List.of(), "Level 2 Certificate in Keeping Customers Informed",
                "Example Awarding Body", 2, 3, "20", 20, 20,
                List.of(new RuleGroup("Mandatory", true, 3, 3, 1, 1, List.of(LONG_OUTCOME_UNIT), "All units", at)),
                List.of(), List.of(LONG_OUTCOME_UNIT), Map.of(), at);
        return new Catalogue(Catalogue.SCHEMA_VERSION, List.of(new SourceFile("sources/long-outcome.txt", "0", "test")),
                List.of(q), List.of(unit), List.of());
    }

    public static Catalogue synthetic() {
        SourceRef at = new SourceRef("sources/synthetic.txt", 1);
        Unit a = new Unit(UNIT_A, Unit.QCF_UNIT, List.of("HABC 1"), "Organise and deliver customer service", 3, 5, 40,
                "This unit covers organising customer service delivery & reviewing it.",
                List.of(new LearningOutcome("1", "Understand how to organise customer service delivery", List.of(
                                new AssessmentCriterion("1.1", "Explain how different methods of promoting products impact on service", at),
                                new AssessmentCriterion("1.2", TRICKY, at)), at),
                        new LearningOutcome("2", "Be able to deliver customer service", List.of(
                                new AssessmentCriterion("2.1", "Plan the delivery of customer service to meet needs", at),
                                new AssessmentCriterion("2.2", "Monitor the delivery of customer service against targets", at),
                                new AssessmentCriterion("2.3", "Identify areas of improvement in the service delivered", at)), at)),
                List.of(),
                List.of(new EvidenceRequirement("1", "You must provide evidence of dealing with customers", List.of(
                                new EvidenceRequirement("a", "face to face", List.of(), at),
                                new EvidenceRequirement("b", "by telephone & by e-mail", List.of(), at)), at),
                        new EvidenceRequirement("2", "Evidence must come from real work activities", List.of(), at)),
                List.of(new GuidanceSection("Teaching guidance", "1", List.of(
                        new GuidanceSection.Paragraph(0, "Learners should consider the following methods:"),
                        new GuidanceSection.Paragraph(1, "advertising and promotions"),
                        new GuidanceSection.Paragraph(1, "word of mouth")), at)),
                List.of(new UnitLink(UnitLink.NOS_RELATIONSHIP, "CFACSA1", false, null),
                        new UnitLink(UnitLink.SAME_UNIT, UNIT_B, true, "printed twice")),
                Map.of("version", "2"), at);
        Unit b = new Unit(UNIT_B, Unit.NVQ_UNIT, List.of(), "Resolve customer service problems", 2, 4, 30,
                "This unit is about spotting problems and resolving them.",
                List.of(new LearningOutcome("B1.1", "Spot customer service problems", List.of(
                        new AssessmentCriterion("b1.1.1", "listen carefully to customers about any problem they have raised", at),
                        new AssessmentCriterion("b1.1.2", "ask customers about the problem to check their understanding", at)), at)),
                List.of(new KnowledgeItem("b1a", "the organisation's procedures for dealing with problems", at),
                        new KnowledgeItem("b1b", "how to defuse potentially stressful situations", at)),
                List.of(), List.of(), List.of(), Map.of(), at);
        Qualification q = new Qualification(QUALIFICATION, List.of("60100001"), "Level 3 Diploma in Customer Service",
                "Example Awarding Body", 3, 55, "289-375", 289, 375,
                List.of(new RuleGroup("Mandatory", true, 5, 5, 1, 1, List.of(UNIT_A), "All units", at),
                        new RuleGroup("Optional group A", false, 4, null, 1, null, List.of(UNIT_B), "Minimum of 4 credits", at)),
                List.of(new Constraint(Constraint.MIN_CREDITS_AT_LEVEL, 40, 3,
                        "A minimum of 40 credits must be achieved through units at level 3 and above", at)),
                List.of(UNIT_A, UNIT_B), Map.of("Assessment method", "Portfolio of evidence"), at);
        return new Catalogue(Catalogue.SCHEMA_VERSION, List.of(new SourceFile("sources/synthetic.txt", "0", "test")),
                List.of(q), List.of(a, b), List.of());
    }
}
