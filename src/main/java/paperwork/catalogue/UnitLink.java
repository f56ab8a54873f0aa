package paperwork.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link from a unit to another unit.
 * {@code type}: {@link #NOS_RELATIONSHIP} (the unit says it relates to a national standard),
 * {@link #SAME_UNIT} (the same unit printed in another source), {@link #MATCHES} (a fragment whose
 * criteria match another unit). {@code target} is the other unit's id when resolved, otherwise the
 * code as printed, with {@code resolved} false. {@code source} is set only on a {@code same-unit}
 * link to another printing with the same id that was merged into this entry: its target is the
 * unit itself, and {@code source} says where that other printing is.
 */
public record UnitLink(
        String type,
        String target,
        boolean resolved,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) SourceRef source) {

    public static final String NOS_RELATIONSHIP = "nos-relationship";
    public static final String SAME_UNIT = "same-unit";
    public static final String MATCHES = "matches";

    public UnitLink(String type, String target, boolean resolved, String note) {
        this(type, target, resolved, note, null);
    }
}
