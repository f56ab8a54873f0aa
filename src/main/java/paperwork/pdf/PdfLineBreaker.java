package paperwork.pdf;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaks by the JDK's rules, except inside a word with an apostrophe: the standards print
 * "organisation’s" with U+2019, after which the JDK allows a break, splitting the word over two lines.
 */
final class PdfLineBreaker implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.UK);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && insideWord(at)) at = lines.next();
        return at;
    }

    private boolean insideWord(int at) {
        if (at <= 1 || at >= text.length()) return false;
        char before = text.charAt(at - 1);
        return (before == '\u2019' || before == '\'') && Character.isLetter(text.charAt(at))
                && Character.isLetter(text.charAt(at - 2));
    }
}
