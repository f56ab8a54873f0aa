package paperwork.render;

import java.util.Locale;

/** The file formats a document can be written in. */
public enum OutputFormat {
    PDF, DOCX, XLSX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
