package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfGlyphCoverageTest {
    @Test
    void latinCyrillicAndGreekAreCoveredChineseIsNot() {
        assertEquals("", PdfGlyphCoverage.missing("O'Brien, Siobhán Zoë Дмитрий Иванов Αλέξης"));
        assertEquals("王小明", PdfGlyphCoverage.missing("王小明 (Wang Xiaoming) 王"));
    }
}
