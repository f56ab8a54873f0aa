package paperwork.office;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.RenderedDocument;
import paperwork.render.TemplateEngine;

/**
 * Times the Excel and Word writers, warm: the median per tracking workbook of the largest
 * qualification, per Word unit pack (the template's XHTML made beforehand, so the figure is the
 * Word writer's own), and per Word qualification specification. Wall time and the thread's CPU
 * time are both printed, since other processes share the machine. Prints figures; asserts nothing.
 */
public final class OfficeBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OfficeBench() {
    }

    /** The median of timed runs after warm-up, in milliseconds: wall clock and this thread's CPU. */
    record Timing(double wallMs, double cpuMs) {
    }

    public static void run(Catalogue catalogue, PrintStream out) {
        Optional<Qualification> largest = catalogue.qualifications().stream()
                .max(Comparator.comparingInt(q -> unitsOf(catalogue, q).size()));
        List<Unit> units = largest.map(q -> unitsOf(catalogue, q)).filter(l -> !l.isEmpty()).orElse(catalogue.units());
        String title = largest.filter(q -> !unitsOf(catalogue, q).isEmpty()).map(Qualification::title)
                .orElse("All units");
        if (units.isEmpty()) {
            out.println("office: the catalogue holds no units; nothing to time");
            return;
        }
        int rows = units.stream().mapToInt(u -> u.allCriteria().size() + u.knowledge().size()).sum();
        TrackingWorkbookWriter workbooks = new TrackingWorkbookWriter();
        DocumentMetadata md = new DocumentMetadata(title, "Evidence tracking", List.of(), "en-GB", "", null);
        Timing xlsx = time(5, 15, i -> workbooks.write(catalogue, units, title, LearnerDetails.BLANK, md));
        out.printf("xlsx: tracking workbook for %s (%d units, %d rows): median %.1f ms wall, %.1f ms cpu, warm"
                + " (target < 300 ms)%n", title, units.size(), rows, xlsx.wallMs(), xlsx.cpuMs());

        TemplateEngine engine = new TemplateEngine();
        List<RenderedDocument> packs = new ArrayList<>();
        for (Unit u : units.subList(0, Math.min(20, units.size()))) {
            if (u.title() != null) packs.add(render(engine, catalogue, Documents.UNIT_PACK, u.id()));
        }
        DocxWriter word = new DocxWriter();
        if (!packs.isEmpty()) {
            Timing docx = time(3 * packs.size(), 3 * packs.size(), i -> word.write(packs.get(i % packs.size())));
            out.printf("docx: unit pack (%d units in turn): median %.1f ms wall, %.1f ms cpu, warm (target < 30 ms)%n",
                    packs.size(), docx.wallMs(), docx.cpuMs());
        }
        if (largest.isPresent() && !unitsOf(catalogue, largest.get()).isEmpty()) {
            RenderedDocument spec = render(engine, catalogue, Documents.SPECIFICATION, largest.get().id());
            Timing docx = time(3, 5, i -> word.write(spec));
            out.printf("docx: qualification specification for %s (%d units): median %.1f ms wall, %.1f ms cpu, warm%n",
                    title, units.size(), docx.wallMs(), docx.cpuMs());
        }
    }

    private static List<Unit> unitsOf(Catalogue catalogue, Qualification q) {
        return q.units().stream().distinct().map(catalogue::unit).flatMap(Optional::stream).toList();
    }

    private static RenderedDocument render(TemplateEngine engine, Catalogue catalogue, DocumentDefinition def,
            String subject) {
        return engine.render(def, DocumentModel.of(catalogue, def, subject, LearnerDetails.BLANK, null));
    }

    static Timing time(int warmup, int runs, IntConsumer work) {
        for (int i = 0; i < warmup; i++) work.accept(i);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.accept(i);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[runs / 2], cpu[runs / 2]);
    }
}
