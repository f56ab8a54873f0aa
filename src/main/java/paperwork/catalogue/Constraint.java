package paperwork.catalogue;

/**
 * A rule of combination that is not a group, e.g. {@code min-credits-at-level}: at least
 * {@code credits} credits from units at {@code level} or above; or {@code barred-combination}.
 */
public record Constraint(String kind, Integer credits, Integer level, String text, SourceRef source) {
    public static final String MIN_CREDITS_AT_LEVEL = "min-credits-at-level";
}
