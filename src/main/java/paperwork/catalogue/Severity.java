package paperwork.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a diagnostic is; the command line turns the worst one into an exit code. */
public enum Severity {
    INFO, WARNING, ERROR;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
