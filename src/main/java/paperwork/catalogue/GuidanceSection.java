package paperwork.catalogue;

import java.util.List;

/**
 * Guidance printed with a unit (teaching guidance, additional assessment guidance, range
 * statements). Guidance is never criteria. {@code outcome} names the outcome it belongs to, or null.
 * Each paragraph is one printed paragraph or bullet, wrapped lines joined; {@code depth} of a
 * paragraph is its bullet nesting (0 = plain text).
 */
public record GuidanceSection(String title, String outcome, List<Paragraph> paragraphs, SourceRef source) {
    public GuidanceSection {
        paragraphs = List.copyOf(paragraphs);
    }

    public record Paragraph(int depth, String text) {
    }
}
