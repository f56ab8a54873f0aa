package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class TrackingSheetNamesTest {
    @Test
    void forbiddenCharactersBecomeDashesAndApostrophesLeaveTheEnds() {
        TrackingSheetNames names = new TrackingSheetNames();
        assertEquals("H-506-1925 Customer care", names.forUnit("H/506/1925", "Customer care"));
        assertEquals("Q-1-- A-B", names.forUnit("'Q[1]*", "A?B'"));
        assertEquals("Unit", names.forUnit("''", null));
    }

    @Test
    void namesClashingOnceCutOrByCaseGetNumbersWithinTheLimit() {
        TrackingSheetNames names = new TrackingSheetNames();
        assertEquals("Summary", names.reserve("Summary"));
        assertEquals("SUMMARY (2)", names.forUnit("SUMMARY", ""));
        String title = "Principles of customer service in contact centres";
        String first = names.forUnit("U1", title);
        String second = names.forUnit("U1", title + " part 2");
        assertNotEquals(first, second);
        assertTrue(first.length() <= 31 && second.length() <= 31, first + " / " + second);
        assertTrue(second.endsWith(" (2)"), second);
        assertEquals("History (2)", names.forUnit("History", ""));
        for (String n : new String[] {first, second}) WorkbookUtil.validateSheetName(n);
    }
}
