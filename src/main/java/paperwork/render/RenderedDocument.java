package paperwork.render;

/**
 * A document laid out by its template: well-formed XHTML plus the properties every format writes.
 * The PDF and Word writers both start from this, so a template change shows in every format.
 */
public record RenderedDocument(DocumentDefinition definition, String subjectId, String xhtml,
        DocumentMetadata metadata) {
}
