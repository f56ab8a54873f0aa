package paperwork.build;

import paperwork.render.DocumentDefinition;
import paperwork.render.LearnerDetails;
import paperwork.render.OutputFormat;

/**
 * One file the build may write: a document definition applied to one subject (a qualification
 * or unit id) in one format, at {@code path} relative to the output folder. {@code inputsHash}
 * covers everything the file depends on; equal hashes mean the file need not be rebuilt.
 */
public record DocumentJob(
        String path,
        DocumentDefinition definition,
        OutputFormat format,
        String subjectId,
        LearnerDetails learner,
        String inputsHash) {
}
