package paperwork.office;

import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

import paperwork.render.DocumentMetadata;

/** Writes {@link DocumentMetadata} into the core properties of a Word or Excel package. */
final class OfficeProperties {
    private OfficeProperties() {
    }

    static void apply(POIXMLDocument document, DocumentMetadata metadata) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Date created = Date.from(metadata.created());
        core.setTitle(metadata.title());
        core.setSubjectProperty(metadata.subject());
        core.setKeywords(String.join(", ", metadata.keywords()));
        core.setCreator(metadata.author());
        core.setLastModifiedByUser(metadata.author());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        core.getUnderlyingProperties().setLanguageProperty(metadata.language());
        document.getProperties().getExtendedProperties().setApplication("Paperwork");
    }
}
