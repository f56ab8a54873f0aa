package paperwork.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A knowledge and understanding item of a national standard (K1, a10a). */
public record KnowledgeItem(
        String code,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String printedCode,
        SourceRef source) {

    public KnowledgeItem(String code, String text, SourceRef source) {
        this(code, text, null, source);
    }
}
