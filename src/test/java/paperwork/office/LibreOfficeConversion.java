package paperwork.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Converts an Office file to PDF with LibreOffice headless, each run in a fresh profile so that
 * parallel runs and earlier crashes do not interfere. A failed conversion (a file LibreOffice
 * cannot open or repairs) leaves no PDF, and the caller's assertion fails.
 */
public final class LibreOfficeConversion {
    private LibreOfficeConversion() {
    }

    public static boolean available() {
        return executable() != null;
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) return Path.of(dir, "soffice").toString();
        }
        return null;
    }

    /** Returns the PDF written beside {@code file}, or throws with LibreOffice's output. */
    public static Path toPdf(Path file) throws IOException, InterruptedException {
        Path dir = file.getParent();
        Path profile = Files.createTempDirectory("lo-profile");
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(List.of(executable(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + file);
        }
        String name = file.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (p.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IOException("LibreOffice could not convert " + file + ": " + Files.readString(log));
        }
        return pdf;
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** Collapses runs of white space (line breaks in wrapped cells) to one space. */
    static String normalised(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
