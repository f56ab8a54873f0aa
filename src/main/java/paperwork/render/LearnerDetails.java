package paperwork.render;

/**
 * The learner a form is pre-filled for. Templates print blank lines where a field is empty;
 * {@link #BLANK} is a form for no learner in particular.
 */
public record LearnerDetails(String name, String reference, String centre, String assessor) {
    public static final LearnerDetails BLANK = new LearnerDetails("", "", "", "");

    public LearnerDetails {
        name = name == null ? "" : name;
        reference = reference == null ? "" : reference;
        centre = centre == null ? "" : centre;
        assessor = assessor == null ? "" : assessor;
    }

    public boolean isBlank() {
        return name.isEmpty() && reference.isEmpty() && centre.isEmpty() && assessor.isEmpty();
    }
}
