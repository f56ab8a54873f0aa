package paperwork.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentDefinitionTest {
    /** The build hashes toString(): it must not depend on the order the formats were given in. */
    @Test
    void formatsPrintInOneFixedOrderWhateverOrderTheyCameIn() {
        var a = new DocumentDefinition("x", "X", "x.ftlh", Scope.UNIT, "x",
                new LinkedHashSet<>(List.of(OutputFormat.XLSX, OutputFormat.PDF, OutputFormat.DOCX)));
        var b = new DocumentDefinition("x", "X", "x.ftlh", Scope.UNIT, "x",
                new LinkedHashSet<>(List.of(OutputFormat.DOCX, OutputFormat.PDF, OutputFormat.XLSX)));
        assertEquals(a.toString(), b.toString());
        assertEquals(List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.XLSX), List.copyOf(a.formats()));
    }
}
