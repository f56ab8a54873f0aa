package paperwork.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters of a text the embedded PDF font cannot draw (they print as '#'), so that a
 * name in a script the font lacks is reported rather than silently printed wrong.
 */
public final class PdfGlyphCoverage {
    private static final CmapLookup REGULAR = load();

    private PdfGlyphCoverage() {
    }

    /** The distinct characters of {@code text}, other than white space, that the regular face lacks. */
    public static String missing(String text) {
        Set<String> out = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && REGULAR.getGlyphId(cp) == 0)
                .forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out.stream().collect(Collectors.joining());
    }

    private static CmapLookup load() {
        PdfFonts.Face regular = PdfFonts.faces().get(0);
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(regular.bytes()));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + regular.resource(), e);
        }
    }
}
