package paperwork.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Constraint;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;

/**
 * The HABC Level 3 Diploma in Customer Service (601/4027/6) built by hand from Appendix 1 of
 * {@code sources/habc-l3-diploma-customer-service-spec.txt}: 55 credits overall, a mandatory group
 * of six units (31 credits), at least 15 credits from Optional Group A, at most 9 from Optional
 * Group B, at least 40 credits at level 3 or above. Unit credits, levels and GLH as printed.
 */
public final class HabcDiplomaFixture {
    public static final String QAN = "601/4027/6";
    public static final String FILE = "sources/habc-l3-diploma-customer-service-spec.txt";

    /** A unit's row in the spec's tables: group, HABC unit number, UAN, title, level, credits, GLH. */
    public record Row(String group, String number, String uan, String title, int level, int credits, int glh) {
    }

    public static final List<Row> ROWS = List.of(
            row("M", "1", "L/506/2150", "Organise and deliver customer service", 3, 5, 27),
            row("M", "2", "Y/506/2152", "Understand the customer service environment", 3, 5, 40),
            row("M", "3", "J/506/2910", "Understand customers and customer retention", 3, 4, 35),
            row("M", "4", "K/506/2169", "Resolve customers' problems", 3, 4, 19),
            row("M", "5", "D/506/1942", "Principles of business", 3, 10, 74),
            row("M", "6", "T/506/2952", "Manage personal and professional development", 3, 3, 12),
            row("A", "7", "Y/506/2166", "Develop resources to support consistency of customer service delivery", 3, 5, 21),
            row("A", "8", "D/506/2167", "Use service partnerships to deliver customer service", 3, 3, 20),
            row("A", "9", "R/506/2151", "Resolve customers' complaints", 3, 4, 22),
            row("A", "10", "D/506/2170", "Gather, analyse and interpret customer feedback", 3, 5, 24),
            row("A", "11", "K/506/2172", "Monitor the quality of customer service interactions", 3, 5, 27),
            row("A", "12", "D/506/2119", "Communicate verbally with customers", 2, 3, 14),
            row("A", "13", "T/506/2126", "Communicate with customers in writing", 2, 3, 20),
            row("A", "14", "L/506/2133", "Promote additional products and/or services to customers", 2, 2, 14),
            row("A", "15", "Y/506/2135", "Exceed customer expectations", 2, 3, 15),
            row("A", "16", "T/506/2143", "Deliver customer service whilst working on customer's premises", 2, 4, 20),
            row("A", "17", "F/506/2159", "Deliver customer service to challenging customers", 2, 3, 16),
            row("A", "18", "Y/506/2149", "Develop customer relationships", 2, 3, 18),
            row("A", "19", "T/506/2160", "Support customer service improvements", 2, 3, 12),
            row("A", "20", "A/506/2161", "Support customers through real-time online customer service", 2, 3, 15),
            row("A", "21", "H/506/2977", "Support customers using self-service equipment", 2, 3, 18),
            row("A", "22", "J/506/2163", "Use social media to deliver customer service", 2, 3, 18),
            row("A", "23", "K/506/2978", "Provide post transaction customer service", 2, 5, 22),
            row("A", "24", "D/506/2153", "Champion customer service", 4, 4, 17),
            row("A", "25", "R/506/2179", "Build and maintain effective customer relations", 4, 6, 25),
            row("A", "26", "L/506/2181", "Manage a customer service award programme", 4, 4, 15),
            row("A", "27", "Y/506/2183", "Manage the use of technology to improve customer service", 4, 4, 14),
            row("A", "28", "D/506/2962", "Develop a social media strategy for customer service", 4, 5, 16),
            row("B", "29", "H/506/1912", "Negotiate in a business environment", 3, 4, 18),
            row("B", "30", "T/506/1820", "Promote equality, diversity and inclusion in the workplace", 3, 3, 15),
            row("B", "31", "A/506/1821", "Manage team performance", 3, 4, 21),
            row("B", "32", "J/506/1921", "Manage individuals' performance", 3, 4, 20),
            row("B", "33", "M/506/1931", "Collaborate with other departments", 3, 3, 14),
            row("B", "34", "F/502/8612", "Negotiating, handling objections and closing sales", 3, 4, 22),
            row("B", "35", "R/502/8615", "Obtaining and analysing sales related information", 3, 4, 24),
            row("B", "36", "K/502/8622", "Buyer behaviours in sales situations", 3, 3, 27),
            row("B", "37", "K/503/0418", "Manage incidents referred to a contact centre", 3, 6, 30),
            row("B", "38", "D/503/0397", "Lead direct sales activities in a contact centre team", 3, 4, 8),
            row("B", "39", "L/506/1807", "Manage diary systems", 2, 2, 12),
            row("B", "40", "L/506/1869", "Contribute to the organisation of an event", 2, 3, 23),
            row("B", "41", "H/506/1814", "Provide reception services", 2, 3, 15),
            row("B", "42", "M/506/1895", "Buddy a colleague to develop their skills", 2, 3, 19),
            row("B", "43", "L/506/1905", "Employee rights and responsibilities", 2, 2, 16),
            row("B", "44", "M/502/8587", "Processing sales orders", 2, 2, 17),
            row("B", "45", "J/502/4397", "Bespoke Software", 3, 4, 30));

    private HabcDiplomaFixture() {
    }

    private static Row row(String group, String number, String uan, String title, int level, int credits, int glh) {
        return new Row(group, number, uan, title, level, credits, glh);
    }

    public static List<String> group(String group) {
        return ROWS.stream().filter(r -> r.group().equals(group)).map(Row::uan).toList();
    }

    public static Row row(String uan) {
        return ROWS.stream().filter(r -> r.uan().equals(uan)).findFirst().orElseThrow();
    }

    public static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            units.add(new Unit(r.uan(), Unit.QCF_UNIT, List.of(r.number()), r.title(), r.level(), r.credits(),
                    r.glh(), "", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                    new SourceRef(FILE, 300 + i * 20)));
        }
        return units;
    }

    public static Qualification qualification() {
        return qualification(List.of());
    }

    /** The diploma with extra constraints (e.g. a barred combination for a test). */
    public static Qualification qualification(List<Constraint> extra) {
        SourceRef at = new SourceRef(FILE, 211);
        List<RuleGroup> groups = List.of(
                new RuleGroup("Mandatory Group", true, 31, null, null, null, group("M"),
                        "Learners must achieve all units in this group", at.at(221)),
                new RuleGroup("Optional Group A", false, 15, null, null, null, group("A"),
                        "Learners must achieve a minimum of 15 credits from this group", at.at(233)),
                new RuleGroup("Optional Group B", false, null, 9, null, null, group("B"),
                        "Learners may achieve a maximum of 9 credits from this group", at.at(264)));
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(new Constraint(Constraint.MIN_CREDITS_AT_LEVEL, 40, 3,
                "A minimum of 40 credits must be achieved through completion of units at level 3 and above.",
                at.at(219)));
        constraints.addAll(extra);
        return new Qualification(QAN, List.of("60140276"), "HABC Level 3 Diploma in Customer Service (QCF)",
                "HABC", 3, 55, "289-375", 289, 375, groups, constraints,
                ROWS.stream().map(Row::uan).toList(), Map.of(), new SourceRef(FILE, 1));
    }

    public static Catalogue catalogue() {
        return new Catalogue(Catalogue.SCHEMA_VERSION, List.of(), List.of(qualification()), units(), List.of());
    }
}
