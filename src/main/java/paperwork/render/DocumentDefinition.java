package paperwork.render;

import java.util.Set;

/**
 * One kind of document: its name, the template that lays it out (null for documents that are
 * not laid out by a template, such as the Excel tracking workbook), what one copy covers, the
 * file name it is written to (without extension), and the formats it is produced in.
 */
public record DocumentDefinition(
        String name,
        String title,
        String template,
        Scope scope,
        String fileStem,
        Set<OutputFormat> formats) {
    public DocumentDefinition {
        // An EnumSet iterates in a fixed order; Set.copyOf's order changes from one JVM to the next,
        // and toString() feeds the build's input hashes.
        formats = java.util.Collections.unmodifiableSet(formats.isEmpty()
                ? java.util.EnumSet.noneOf(OutputFormat.class) : java.util.EnumSet.copyOf(formats));
    }
}
