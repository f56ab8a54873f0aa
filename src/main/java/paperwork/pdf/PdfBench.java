package paperwork.pdf;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.OutputFormat;
import paperwork.render.Scope;
import paperwork.render.TemplateEngine;

/**
 * Times the PDFs, warm (template and PDF together, as the build makes them): the median per unit
 * pack and per unit tracking sheet, pages per second for the largest qualification specification,
 * and the wall time of every PDF of the catalogue on one and on two threads. Prints; asserts nothing.
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void run(Catalogue catalogue, PrintStream out) {
        TemplateEngine engine = new TemplateEngine();
        PdfRenderer renderer = new PdfRenderer();
        List<Unit> units = catalogue.units();
        if (units.isEmpty()) {
            out.println("pdf: the catalogue has no units; nothing to time");
            return;
        }
        for (int i = 0; i < 3; i++) {
            for (Unit u : units.subList(0, Math.min(units.size(), 20))) render(engine, renderer, catalogue, Documents.UNIT_PACK, u.id());
        }
        double[] pack = median(engine, renderer, catalogue, Documents.UNIT_PACK, units);
        out.printf("pdf: unit pack: median %.1f ms warm (%.1f ms of CPU) over %d units (target < 40 ms)%n",
                pack[0], pack[1], units.size());
        double[] sheet = median(engine, renderer, catalogue, Documents.UNIT_TRACKING_SHEET, units);
        out.printf("pdf: unit tracking sheet: median %.1f ms warm (%.1f ms of CPU) over %d units%n",
                sheet[0], sheet[1], units.size());
        catalogue.qualifications().stream().max(Comparator.comparingInt(q -> q.units().size())).ifPresent(q -> {
            int pages = 0;
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                pages = render(engine, renderer, catalogue, Documents.SPECIFICATION, q.id()).pages();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.printf("pdf: specification %s: %d pages in %.0f ms, %.0f pages/s%n", q.id(), pages, ms[1],
                    pages / (ms[1] / 1000));
        });
        List<Job> jobs = allPdfJobs(catalogue);
        for (int threads : new int[] {1, 2}) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            int pages = renderAll(catalogue, jobs, threads);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - c0) / 1e9;
            out.printf("pdf: every PDF (%d documents, %d pages) on %d thread%s: %.1f s, %.1f s of CPU (target < 20 s on 2 cores)%n",
                    jobs.size(), pages, threads, threads == 1 ? "" : "s", s, cpu);
        }
    }

    /** CPU time of the whole process (all threads, the JIT and the collector too), or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private record Job(DocumentDefinition definition, String subjectId) {
    }

    private static List<Job> allPdfJobs(Catalogue catalogue) {
        List<Job> jobs = new ArrayList<>();
        for (DocumentDefinition d : Documents.all()) {
            if (!d.formats().contains(OutputFormat.PDF)) continue;
            if (d.scope() == Scope.QUALIFICATION) {
                for (Qualification q : catalogue.qualifications()) jobs.add(new Job(d, q.id()));
            } else {
                for (Unit u : catalogue.units()) jobs.add(new Job(d, u.id()));
            }
        }
        return jobs;
    }

    /** One warm renderer per thread, as the build does. */
    private static int renderAll(Catalogue catalogue, List<Job> jobs, int threads) {
        TemplateEngine engine = new TemplateEngine();
        ThreadLocal<PdfRenderer> renderers = ThreadLocal.withInitial(PdfRenderer::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (Job j : jobs) {
                pages.add(pool.submit(() -> render(engine, renderers.get(), catalogue, j.definition(), j.subjectId()).pages()));
            }
            int total = 0;
            for (Future<Integer> f : pages) total += f.get();
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The median wall time and the median CPU time of this thread, in ms: on a machine shared with
     * other work the CPU time is the steadier figure.
     */
    private static double[] median(TemplateEngine engine, PdfRenderer renderer, Catalogue catalogue,
            DocumentDefinition def, List<Unit> units) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[units.size()];
        double[] cpu = new double[units.size()];
        for (int i = 0; i < ms.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            render(engine, renderer, catalogue, def, units.get(i).id());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[ms.length / 2], cpu[cpu.length / 2]};
    }

    private static RenderedPdf render(TemplateEngine engine, PdfRenderer renderer, Catalogue catalogue,
            DocumentDefinition def, String id) {
        DocumentModel model = DocumentModel.of(catalogue, def, id, LearnerDetails.BLANK, DocumentMetadata.DEFAULT_CREATED);
        return renderer.render(engine.render(def, model));
    }
}
