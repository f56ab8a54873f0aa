package paperwork.pdf;

import paperwork.render.RenderFixtures;

/** Runs {@link PdfBench} over the real sources, until the command line offers it. Not a test. */
public final class PdfBenchMain {
    public static void main(String[] args) {
        PdfBench.run(RenderFixtures.realSources(), System.out);
    }
}
