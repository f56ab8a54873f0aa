package paperwork.learners;

import java.util.List;

/** What a learner's choice adds up to in one group of the rules of combination. */
public record GroupTally(String name, boolean mandatory, int credits, List<String> units) {
    public GroupTally {
        units = List.copyOf(units);
    }
}
