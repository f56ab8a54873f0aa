package paperwork.pdf;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters of a text the embedded PDF font cannot draw (they print as '#'), so that a
 * name in a script the font lacks is reported rather than silently printed wrong. Uses the same
 * glyph table as the renderer's own check ({@link PdfFonts#canPrint}).
 */
public final class PdfGlyphCoverage {
    private PdfGlyphCoverage() {
    }

    /** The distinct characters of {@code text}, other than white space, that the regular face lacks. */
    public static String missing(String text) {
        Set<String> out = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !PdfFonts.canPrint(cp))
                .forEach(cp -> out.add(new String(Character.toChars(cp))));
        return String.join("", out);
    }
}
