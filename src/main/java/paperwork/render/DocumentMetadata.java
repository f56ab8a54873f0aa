package paperwork.render;

import java.time.Instant;
import java.util.List;

/**
 * What every output format writes into a document's properties: PDF info and XMP, Word and Excel
 * core properties. {@code created} is fixed for reproducible output: see {@link #reproducibleCreated()}.
 *
 * @param language a BCP 47 tag such as {@code en-GB}
 */
public record DocumentMetadata(String title, String subject, List<String> keywords, String language,
        String author, Instant created) {

    /** Used when {@code SOURCE_DATE_EPOCH} is not set, so that the same inputs give the same bytes. */
    public static final Instant DEFAULT_CREATED = Instant.parse("2026-01-01T00:00:00Z");

    public DocumentMetadata {
        keywords = List.copyOf(keywords);
        title = title == null ? "" : title;
        subject = subject == null ? "" : subject;
        language = language == null || language.isBlank() ? "en-GB" : language;
        author = author == null ? "" : author;
        created = created == null ? DEFAULT_CREATED : created;
    }

    /** The creation date to stamp: {@code SOURCE_DATE_EPOCH} (seconds) when set, else a fixed date. */
    public static Instant reproducibleCreated() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return DEFAULT_CREATED;
    }
}
