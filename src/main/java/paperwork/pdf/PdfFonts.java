package paperwork.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
    }

    private static final List<Face> FACES = List.of(
            load("/liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            load("/liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            load("/liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            load("/liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private PdfFonts() {
    }

    public static List<Face> faces() {
        return FACES;
    }

    private static Face load(String resource, int weight, FontStyle style) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the class path: " + resource);
            return new Face(resource, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
