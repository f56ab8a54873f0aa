package paperwork.office;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each sheet of a workbook a name Excel accepts: at most 31 characters, none of
 * {@code : \ / ? * [ ]}, no apostrophe at either end, not blank, not the reserved "History", and
 * unique regardless of case. A clash gets " (2)", " (3)"… within the limit.
 */
final class TrackingSheetNames {
    static final int MAX_LENGTH = 31;
    private static final Pattern FORBIDDEN = Pattern.compile("[:\\\\/?*\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Cntrl}\\s\\u00a0]+");
    private static final Pattern END_APOSTROPHES = Pattern.compile("^'+|'+$");
    private static final Pattern CUT_TAIL = Pattern.compile("[\\s'-]+$");
    private final Set<String> used = new HashSet<>();

    /** Reserves a name (such as "Summary") so that no unit sheet takes it. */
    String reserve(String name) {
        return unique(clean(name));
    }

    /** A name for a unit: its id, then as much of its title as fits. */
    String forUnit(String id, String title) {
        String cleanId = clean(id);
        String cleanTitle = title == null ? "" : clean(title);
        String name = cleanTitle.isEmpty() ? cleanId : cleanId + " " + cleanTitle;
        return unique(cut(name, MAX_LENGTH));
    }

    private String unique(String name) {
        String base = name.isEmpty() ? "Unit" : name;
        String candidate = base;
        for (int n = 2; used.contains(key(candidate)) || key(candidate).equals("history"); n++) {
            String suffix = " (" + n + ")";
            candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(key(candidate));
        return candidate;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String clean(String text) {
        String s = SPACES.matcher(FORBIDDEN.matcher(text).replaceAll("-")).replaceAll(" ").strip();
        s = END_APOSTROPHES.matcher(s).replaceAll("").strip();
        return s;
    }

    /** Cuts at a word boundary where one is near, never leaving a trailing space or apostrophe. */
    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        String head = s.substring(0, max);
        int space = head.lastIndexOf(' ');
        if (space >= max - 10 && space > 0) head = head.substring(0, space);
        return CUT_TAIL.matcher(head).replaceAll("");
    }
}
