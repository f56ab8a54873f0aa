package paperwork.learners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import paperwork.build.BuildOptions;
import paperwork.build.BuildResult;
import paperwork.build.BuildStep;
import paperwork.build.IndexPage;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.SourceRef;
import paperwork.render.TemplateEngine;

/**
 * The build's learner packs: every {@code *.csv} and {@code *.xlsx} in {@code <sources>/learners/}
 * is checked, and each valid learner's pack is written to {@code <out>/learners/<reference>/}
 * (unchanged packs are left alone). Invalid learners are errors against their row and get no pack;
 * packs of learners no longer in any list are removed; every learner is listed on the index page.
 */
public final class LearnerPackStep implements BuildStep {
    public static final String FOLDER = "learners";

    /** The files of a pack as the index page lists them: title, then the file names in format order. */
    private static final Map<String, List<String>> INDEXED = indexed();

    private static Map<String, List<String>> indexed() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Learner programme", List.of("programme.pdf"));
        m.put("Assessment plans and record sheets", List.of("forms.pdf", "forms.docx"));
        m.put("Evidence tracking workbook", List.of("tracking-sheet.xlsx"));
        return m;
    }

    @Override
    public Outcome run(Catalogue catalogue, BuildOptions options) throws IOException {
        Path out = options.out();
        if (options.clean()) forgetStamps(out.resolve(FOLDER));
        Path folder = templatesFolder(options.templates());
        TemplateEngine engine = new TemplateEngine(folder);
        LearnerListCheck check = new LearnerListCheck(catalogue);
        List<IndexPage.Subject> subjects = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        List<BuildResult.Failure> failed = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> packFolders = new HashMap<>();
        for (Path file : lists(options.sources().resolve(FOLDER))) {
            String display = display(file);
            LearnerListReport report = check.check(new LearnerListReader().read(file, display));
            diagnostics.addAll(report.list().diagnostics());
            for (LearnerCheck c : report.invalid()) {
                diagnostics.addAll(problems(display, c));
                subjects.add(new IndexPage.Subject(c.learner().reference(), c.learner().name(),
                        "no pack: " + c.problems().get(0).message() + " (" + display + ":" + c.learner().row() + ")", List.of()));
            }
            List<LearnerPlan.Pack> packs = new ArrayList<>();
            for (LearnerPlan.Pack p : LearnerPlan.of(report).packs()) {
                String earlier = packFolders.putIfAbsent(p.folder().toLowerCase(Locale.ROOT), display);
                if (earlier == null) {
                    packs.add(p);
                } else {
                    diagnostics.add(Diagnostic.error("learner-duplicate-reference", new SourceRef(display, p.check().learner().row()),
                            p.check().learner().label() + ": the reference is also in " + earlier + ": one pack per reference, "
                                    + "this one is not written"));
                }
            }
            List<LearnerPackWriter.Written> results = LearnerPackRun.write(new LearnerPlan(packs), out, display,
                    options.jobs(), LearnerPackWriter.forRun(catalogue, engine));
            for (int i = 0; i < results.size(); i++) {
                LearnerPlan.Pack p = packs.get(i);
                LearnerPackWriter.Written w = results.get(i);
                diagnostics.addAll(w.warnings());
                if (w.failure().isPresent()) {
                    failed.add(new BuildResult.Failure(w.folder() + "/", w.failure().get()));
                } else if (w.upToDate()) {
                    upToDate.add(w.folder() + "/");
                } else {
                    written.addAll(w.files());
                }
                String detail = String.join(" · ", p.qualificationId(), p.learner().centre(),
                        "assessor " + p.learner().assessor(), p.units().size() + " units", display);
                subjects.add(new IndexPage.Subject(p.learner().reference(), p.learner().name(), detail,
                        documents(out, p.folder())));
            }
        }
        List<String> removed = removeGone(out, packFolders.keySet(), display(options.sources().resolve(FOLDER)), diagnostics);
        return new Outcome(subjects, written, upToDate, removed, failed, diagnostics);
    }

    /** Every broken rule of an invalid learner, against their row, with the first suggestion. */
    private static List<Diagnostic> problems(String file, LearnerCheck c) {
        List<Diagnostic> ds = new ArrayList<>();
        for (CombinationProblem p : c.problems()) {
            String hint = p.suggestions().isEmpty() ? "" : " (suggestion: " + p.suggestions().get(0) + ")";
            ds.add(Diagnostic.error(p.code(), new SourceRef(file, c.learner().row()),
                    c.learner().label() + ": " + p.message() + hint + "; no pack written"));
        }
        return ds;
    }

    private static List<IndexPage.Document> documents(Path out, String folder) throws IOException {
        List<IndexPage.Document> docs = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : INDEXED.entrySet()) {
            List<IndexPage.Link> links = new ArrayList<>();
            for (String name : e.getValue()) {
                Path f = out.resolve(folder).resolve(name);
                if (!Files.isRegularFile(f)) continue;
                String built = Files.getLastModifiedTime(f).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
                String format = name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
                links.add(new IndexPage.Link(format, folder + "/" + name, built, Math.max(1, (Files.size(f) + 1023) / 1024)));
            }
            if (!links.isEmpty()) docs.add(new IndexPage.Document(e.getKey(), links));
        }
        return docs;
    }

    /** The learner lists in the folder, by name; none when there is no folder. */
    static List<Path> lists(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".csv") || n.endsWith(".xlsx")) && !n.startsWith("~$") && !n.startsWith(".");
            }).sorted().toList();
        }
    }

    /**
     * Removes the packs (folders holding a pack stamp) whose learner is in no list any more; other
     * folders and files are never touched.
     */
    private static List<String> removeGone(Path out, Set<String> current, String listsFolder,
            List<Diagnostic> diagnostics) throws IOException {
        Path root = out.resolve(FOLDER);
        if (!Files.isDirectory(root)) return List.of();
        Set<String> gone = new TreeSet<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                String folder = FOLDER + "/" + dir.getFileName();
                if (current.contains(folder.toLowerCase(Locale.ROOT)) || !Files.isRegularFile(dir.resolve(LearnerPackWriter.STAMP))) {
                    continue;
                }
                // The stamp goes first: a pack interrupted half-way is rebuilt, never taken as up to date.
                Files.delete(dir.resolve(LearnerPackWriter.STAMP));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".xlsx")) Files.delete(f);
                    }
                }
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) Files.delete(dir);
                }
                gone.add(folder + "/");
            }
        }
        for (String g : gone) {
            diagnostics.add(Diagnostic.info("learner-pack-removed", new SourceRef(listsFolder, 0),
                    "removed " + g + ": the learner is no longer in any list in the sources' learners folder"));
        }
        return List.copyOf(gone);
    }

    /** {@code --clean}: every pack is rewritten. */
    private static void forgetStamps(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) Files.deleteIfExists(dir.resolve(LearnerPackWriter.STAMP));
        }
    }

    private static Path templatesFolder(Path templates) {
        return templates != null && Files.isDirectory(templates) ? templates : null;
    }

    /** The list's path as diagnostics print it: relative to the working folder when inside it. */
    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = Path.of("").toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
