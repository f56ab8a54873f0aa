package paperwork.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.render.OutputFormat;

/**
 * Opens output/index.html in headless Chromium (Debian's chromium, installed by .ci/run) and
 * checks that every link of the page as the browser loaded it resolves to a file.
 */
class IndexPageBrowserTest {
    @TempDir
    Path dir;

    static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return Path.of(c);
        }
        return null;
    }

    @Test
    void everyLinkOfTheIndexResolvesToAFile() throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "chromium is not installed (.ci/run installs it)");
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (String name : List.of("nos-cfacsd4-support-online-customer-service.txt", "bespoke-software-outcomes-table.txt")) {
            Files.copy(Path.of("sources", name), sources.resolve(name));
        }
        Path out = dir.resolve("out");
        Pipeline p = new Pipeline(StandardDocuments.create(null), BuildProgress.NONE, Clock.systemUTC(), "test");
        Pipeline.Report r = p.run(new BuildOptions(sources, null, out,
                EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX), Set.of(), false, 2));
        assertTrue(r.result().failed().isEmpty(), r.result().failed().toString());

        Path index = out.resolve("index.html").toAbsolutePath();
        Process proc = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", index.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] dom = proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, proc.exitValue(), Files.readString(dir.resolve("chromium.log")));
        Document page = Jsoup.parse(new String(dom, StandardCharsets.UTF_8), index.toUri().toString());
        assertEquals("Paperwork: every document", page.title(), "chromium loaded the page");

        List<String> files = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertTrue(page.getElementById(href.substring(1)) != null, "anchor " + href);
                continue;
            }
            Path target = Path.of(java.net.URI.create(a.absUrl("href")));
            assertTrue(Files.isRegularFile(target), href + " resolves to a file");
            files.add(href);
        }
        assertTrue(files.contains("units/cfacsd4/unit-pack.pdf"), files.toString());
        assertTrue(files.contains("units/cfacsd4/tracking-sheet.xlsx"), files.toString());
        assertTrue(files.contains("catalogue.json"), files.toString());
    }
}
