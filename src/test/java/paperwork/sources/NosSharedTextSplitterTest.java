package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NosSharedTextSplitterTest {

    @Test
    void splitsBeforeWordsThatOpenAnItemNearestEqualShares() {
        assertEquals(List.of("how the system works", "why it matters to customers", "the rules that apply"),
                NosSharedTextSplitter.split("how the system works why it matters to customers the rules that apply", 3));
    }

    @Test
    void neverSplitsWhereThePhraseContinues() {
        // "of the" and "to the" bind: the only place left is before "what".
        assertEquals(List.of("the importance of the rules to the team", "what the customer wants"),
                NosSharedTextSplitter.split("the importance of the rules to the team what the customer wants", 2));
    }

    @Test
    void aTextWithNowhereToSplitGoesToTheFirstCodeAndTheOthersAreEmpty() {
        assertEquals(List.of("listening carefully matters", ""),
                NosSharedTextSplitter.split("listening carefully matters", 2));
    }
}
