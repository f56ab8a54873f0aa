package paperwork.sources;

/**
 * One format of standards text. A format claims a text cheaply with {@link #detects} and then
 * reads it completely with {@link #parse}. Register a new format in {@link SourceFormats}.
 */
public interface SourceFormat {

    /** The name written to catalogue.json's {@code sources[].format}. */
    String name();

    /** True when this text is in this format. Must be cheap and must not depend on the file name. */
    boolean detects(SourceText text);

    /** Reads the whole text. Never throws for bad content: repairs and doubts are diagnostics. */
    ParsedSource parse(SourceText text);
}
