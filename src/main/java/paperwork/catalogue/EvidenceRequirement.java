package paperwork.catalogue;

import java.util.List;

/** A numbered evidence requirement ("5 You must provide evidence of…") with its lettered sub-items (a, b, c). */
public record EvidenceRequirement(String code, String text, List<EvidenceRequirement> subItems, SourceRef source) {
    public EvidenceRequirement {
        subItems = List.copyOf(subItems);
    }
}
