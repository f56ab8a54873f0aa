package paperwork.learners;

import java.util.List;

/**
 * One broken rule of combination, in plain words with the figures, e.g.
 * "Optional Group B: 12 credits chosen, at most 9 allowed".
 *
 * @param code        a stable key, e.g. {@code group-max-credits}
 * @param suggestions where the choice is short: ways to complete it, best first (may be empty)
 */
public record CombinationProblem(String code, String message, List<String> suggestions) {
    public CombinationProblem {
        suggestions = List.copyOf(suggestions);
    }

    public CombinationProblem(String code, String message) {
        this(code, message, List.of());
    }
}
