package paperwork.learners;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Writes every pack of a plan on {@code jobs} threads, one {@link LearnerPackWriter} per thread
 * (the renderers keep per-thread caches), and returns the results in the plan's order.
 */
public final class LearnerPackRun {
    private LearnerPackRun() {
    }

    public static List<LearnerPackWriter.Written> write(LearnerPlan plan, Path out, String listFile, int jobs,
            Supplier<LearnerPackWriter> writers) {
        ThreadLocal<LearnerPackWriter> writer = ThreadLocal.withInitial(writers);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<LearnerPackWriter.Written>> futures = new ArrayList<>();
            for (LearnerPlan.Pack p : plan.packs()) {
                futures.add(pool.submit(() -> writer.get().write(p, out, listFile)));
            }
            List<LearnerPackWriter.Written> done = new ArrayList<>();
            for (Future<LearnerPackWriter.Written> f : futures) done.add(f.get());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing learner packs", e);
        } catch (ExecutionException e) {
            // write() turns every failure into a result; anything else is a bug, reported at the boundary.
            throw new IllegalStateException("a learner pack failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
