package paperwork.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.learners.LearnerListCheck;
import paperwork.learners.LearnerListReader;
import paperwork.learners.LearnerPackWriter;
import paperwork.learners.LearnerPlan;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.RenderFixtures;
import paperwork.render.RenderedDocument;
import paperwork.render.TemplateEngine;

/**
 * Times {@link PdfRenderer#render} alone on the PDFs of the shipped learners' packs (programme and
 * forms), laid out once beforehand: rounds of every document on one warm renderer, the median CPU
 * time of this thread per pack, and a hash of every PDF's bytes so that two builds of the renderer
 * can be shown to write the same files (and that a warm renderer writes the same bytes every round). Not a test:
 * {@code java ... paperwork.pdf.PdfRenderTiming [rounds [learner list]]} (default: the shipped list).
 */
public final class PdfRenderTiming {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path list = args.length > 1 ? Path.of(args[1]) : SHIPPED_LIST;
        List<RenderedDocument> documents = learnerPackDocuments(list);
        int packCount = documents.size() / 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PdfRenderer renderer = new PdfRenderer();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        List<byte[]> first = new ArrayList<>();
        double[] cpu = new double[rounds];
        double[][] perKind = new double[2][rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < documents.size(); i++) {
                long d0 = threads.getCurrentThreadCpuTime();
                byte[] pdf = renderer.render(documents.get(i)).bytes();
                perKind[i % 2][r] += (threads.getCurrentThreadCpuTime() - d0) / 1e6 / packCount;
                if (r == 0) {
                    sha.update(pdf);
                    bytes += pdf.length;
                    first.add(pdf);
                } else if (!Arrays.equals(pdf, first.get(i))) {
                    throw new IllegalStateException("round " + r + " wrote other bytes for document " + i + " than round 0");
                }
            }
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / packCount;
            wall[r] = (System.nanoTime() - t0) / 1e6 / packCount;
        }
        double[] warm = Arrays.copyOfRange(cpu, rounds / 3, rounds);
        Arrays.sort(warm);
        double[] warmWall = Arrays.copyOfRange(wall, rounds / 3, rounds);
        Arrays.sort(warmWall);
        System.out.printf("%d packs x %d rounds: first round %.1f ms CPU per pack; warm median %.1f ms CPU (programme %.1f,"
                + " forms %.1f), %.1f ms wall per pack; %d bytes, sha256 %s%n", packCount, rounds, cpu[0], warm[warm.length / 2],
                warmMedian(perKind[0]), warmMedian(perKind[1]), warmWall[warmWall.length / 2], bytes,
                HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    private static final Path SHIPPED_LIST = Path.of("sources/learners/example-learners.csv");

    /** The median of the last two thirds of the rounds: the first are cold. */
    private static double warmMedian(double[] rounds) {
        double[] warm = Arrays.copyOfRange(rounds, rounds.length / 3, rounds.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    /** The programme and forms of every learner of the shipped list, laid out (two per pack). */
    public static List<RenderedDocument> learnerPackDocuments() throws java.io.IOException {
        return learnerPackDocuments(SHIPPED_LIST);
    }

    /** The programme and forms of every valid learner of a list, laid out (two per pack, programme first). */
    public static List<RenderedDocument> learnerPackDocuments(Path listFile) throws java.io.IOException {
        Catalogue catalogue = RenderFixtures.realSources();
        byte[] list = Files.readAllBytes(listFile);
        List<LearnerPlan.Pack> packs = LearnerPlan.of(new LearnerListCheck(catalogue)
                .check(new LearnerListReader().read(list, listFile.getFileName().toString()))).packs();
        TemplateEngine engine = new TemplateEngine();
        List<RenderedDocument> documents = new ArrayList<>();
        for (LearnerPlan.Pack pack : packs) {
            Catalogue programme = programmeCatalogue(catalogue, pack);
            documents.add(engine.render(LearnerPackWriter.PROGRAMME, DocumentModel.of(programme, LearnerPackWriter.PROGRAMME,
                    pack.qualificationId(), pack.learner(), DocumentMetadata.DEFAULT_CREATED)));
            documents.add(engine.render(LearnerPackWriter.FORMS, DocumentModel.of(programme, LearnerPackWriter.FORMS,
                    pack.qualificationId(), pack.learner(), DocumentMetadata.DEFAULT_CREATED)));
        }
        return documents;
    }

    /** As {@code LearnerPackWriter}: the qualification cut down to the learner's units. */
    private static Catalogue programmeCatalogue(Catalogue catalogue, LearnerPlan.Pack pack) {
        Qualification q = catalogue.qualification(pack.qualificationId()).orElseThrow();
        List<RuleGroup> groups = new ArrayList<>();
        for (RuleGroup g : q.groups()) {
            groups.add(new RuleGroup(g.name(), g.mandatory(), g.minCredits(), g.maxCredits(), g.minUnits(), g.maxUnits(),
                    g.units().stream().filter(pack.units()::contains).toList(), g.rule(), g.source()));
        }
        Qualification mine = new Qualification(q.id(), q.aliases(), q.title(), q.awardingBody(), q.level(), q.credits(),
                q.glh(), q.glhMin(), q.glhMax(), groups, q.constraints(), pack.units(), q.metadata(), q.source());
        return new Catalogue(catalogue.schemaVersion(), catalogue.sources(), List.of(mine), catalogue.units(), List.of());
    }
}
