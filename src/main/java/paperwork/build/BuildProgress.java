package paperwork.build;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a build: a bar redrawn in place on a terminal, plain lines otherwise (CI, logs).
 */
public interface BuildProgress {

    void start(int total, int upToDate);

    void finished(String path, boolean ok, long millis);

    void end();

    static BuildProgress forOutput(PrintWriter out, boolean terminal) {
        return terminal ? new Bar(out) : new Lines(out);
    }

    /** Silent, for tests and benchmarks. */
    BuildProgress NONE = new BuildProgress() {
        public void start(int total, int upToDate) { }
        public void finished(String path, boolean ok, long millis) { }
        public void end() { }
    };

    /** One line per document: "[ 12/120] wrote units/L-601-1225/unit-pack.pdf (35 ms)". */
    final class Lines implements BuildProgress {
        private final PrintWriter out;
        private int total;
        private int done;

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void start(int total, int upToDate) {
            this.total = total;
            out.println("building " + total + " document(s); " + upToDate + " already up to date");
        }

        @Override
        public synchronized void finished(String path, boolean ok, long millis) {
            done++;
            String width = String.valueOf(total);
            out.printf("[%" + width.length() + "d/%s] %s %s (%d ms)%n", done, width, ok ? "wrote " : "FAILED", path, millis);
            out.flush();
        }

        @Override
        public void end() {
        }
    }

    /** "[#########-----------] 45/120  units/L-601-1225/unit-pack.pdf  about 12 s left". */
    final class Bar implements BuildProgress {
        private static final int WIDTH = 30;
        private final PrintWriter out;
        private int total;
        private int done;
        private long started;

        Bar(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void start(int total, int upToDate) {
            this.total = total;
            this.started = System.nanoTime();
            if (upToDate > 0) out.println(upToDate + " document(s) already up to date");
            draw("");
        }

        @Override
        public synchronized void finished(String path, boolean ok, long millis) {
            done++;
            if (!ok) {
                out.print("\r\033[K");
                out.println("FAILED " + path);
            }
            draw(path);
        }

        private void draw(String current) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            long elapsed = System.nanoTime() - started;
            String left = "";
            if (done > 0 && done < total) {
                long remaining = elapsed / done * (total - done);
                left = "  about " + Math.max(1, Duration.ofNanos(remaining).toSeconds()) + " s left";
            }
            String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
            out.print("\r\033[K[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + "  " + name + left);
            out.flush();
        }

        @Override
        public synchronized void end() {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
