package paperwork.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * Liberation Sans (SIL Open Font Licence), read once from the openpdf-fonts-extra artifact on the
 * class path and embedded, subset, in every PDF. The bytes also feed the build's font hash.
 */
public final class PdfFonts {
    /** The family name templates use in {@code font-family}. */
    public static final String FAMILY = "Liberation Sans";

    /** One face of the family. */
    public record Face(String resource, int weight, FontStyle style, byte[] bytes) {
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        /**
         * The face parsed. PDFBox reads a parsed font without changing it (subsetting copies the
         * glyphs it needs), so one parse can serve every document of a thread; it is not thread-safe.
         */
        public TrueTypeFont parse() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final List<Face> FACES = List.of(
            load("/liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            load("/liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            load("/liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            load("/liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    /** The BMP characters the regular face can print, found once from its cmap. */
    private static final BitSet PRINTABLE = printable(FACES.get(0));

    private PdfFonts() {
    }

    /** True when Liberation Sans has a glyph for the character (else openhtmltopdf prints nothing). */
    public static boolean canPrint(int codePoint) {
        return codePoint < 0x80 || codePoint <= 0xFFFF && PRINTABLE.get(codePoint);
    }

    private static BitSet printable(Face face) {
        BitSet set = new BitSet(0x10000);
        try (TrueTypeFont ttf = face.parse()) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c = 0; c <= 0xFFFF; c++) {
                if (cmap.getGlyphId(c) != 0) set.set(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Spaces and line breaks are laid out, not drawn.
        set.set('\n');
        set.set('\r');
        set.set('\t');
        set.set('\u00a0');
        return set;
    }

    public static List<Face> faces() {
        return FACES;
    }

    /**
     * Hides the font's GSUB table by renaming its tag in the table directory (the table's bytes
     * and checksum are untouched). PDFBox 3 runs GSUB for Latin text by compiling regular
     * expressions for every string it shows, which made a unit pack take ten times longer;
     * Liberation Sans needs no substitution for the Latin text of the standards, and without
     * ligatures the text copied out of a PDF is the text of the source.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at + 3] = 'X';
            }
        }
        return font;
    }

    private static Face load(String resource, int weight, FontStyle style) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the class path: " + resource);
            return new Face(resource, weight, style, withoutGlyphSubstitution(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
