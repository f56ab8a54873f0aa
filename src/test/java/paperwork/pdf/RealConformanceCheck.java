package paperwork.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.verapdf.pdfa.flavours.PDFAFlavour;

/** One-off: veraPDF over PDFs in a folder (e.g. the RenderPreview output). Not a test: too slow for every build. */
public final class RealConformanceCheck {
    public static void main(String[] args) throws Exception {
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                byte[] pdf = Files.readAllBytes(p);
                var ua = PdfTestSupport.failures(pdf, PDFAFlavour.PDFUA_1);
                var a = PdfTestSupport.failures(pdf, PDFAFlavour.PDFA_3_U);
                System.out.println(p.getFileName() + ": PDF/UA-1 " + ua.size() + " failed, PDF/A-3u " + a.size() + " failed");
                ua.stream().limit(3).forEach(f -> System.out.println("  " + f));
                a.stream().limit(3).forEach(f -> System.out.println("  " + f));
            }
        }
    }
}
