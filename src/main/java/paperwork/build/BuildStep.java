package paperwork.build;

import java.io.IOException;
import java.util.List;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;

/**
 * Work the build does after the catalogue's documents, from the same catalogue and options (e.g.
 * the learner packs of every learner list in the sources). A step writes its own files, atomically
 * and only when their inputs changed, and reports them; the pipeline adds them to the build's
 * result and its subjects to the index page. Packages downstream of {@code build} implement it.
 */
public interface BuildStep {
    /**
     * Runs the step. Problems with the step's inputs are diagnostics and failures in the outcome, so
     * that the rest of the build goes on; an exception is an I/O failure or a bug.
     */
    Outcome run(Catalogue catalogue, BuildOptions options) throws IOException, InterruptedException;

    /**
     * What a step did.
     *
     * @param learners    subjects for the index page's learner list, in order
     * @param written     files written, relative to the output folder
     * @param upToDate    what was left alone because its inputs had not changed
     * @param removed     what was removed because its subject is gone
     * @param failed      what could not be built, with the reason
     * @param diagnostics problems found in the step's inputs (an error makes the build fail)
     */
    record Outcome(List<IndexPage.Subject> learners, List<String> written, List<String> upToDate,
            List<String> removed, List<BuildResult.Failure> failed, List<Diagnostic> diagnostics) {
        public static final Outcome NOTHING = new Outcome(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        public Outcome {
            learners = List.copyOf(learners);
            written = List.copyOf(written);
            upToDate = List.copyOf(upToDate);
            removed = List.copyOf(removed);
            failed = List.copyOf(failed);
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
