package paperwork.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;

/**
 * Lays documents out with FreeMarker. One locked-down {@link Configuration} for all documents and
 * threads: templates come from the user's folder first and from the shipped templates second, one
 * file at a time, so a centre can override a single partial. Thread-safe.
 */
public final class TemplateEngine {
    /** Where the shipped templates live on the class path (pom.xml copies {@code templates/} there). */
    public static final String CLASSPATH_FOLDER = "/templates";

    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");

    private final Configuration config;
    private final Path userFolder;
    private final ConcurrentHashMap<String, String> hashes = new ConcurrentHashMap<>();

    /** The shipped templates only. */
    public TemplateEngine() {
        this(null);
    }

    /** @param userFolder the centre's templates ({@code --templates DIR}), or null for the shipped ones only */
    public TemplateEngine(Path userFolder) {
        this.userFolder = userFolder;
        this.config = configuration(loader(userFolder));
    }

    private static TemplateLoader loader(Path userFolder) {
        TemplateLoader shipped = new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_FOLDER);
        if (userFolder == null) return shipped;
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userFolder.toFile()), shipped});
        } catch (IOException e) {
            throw new RenderException(new Diagnostic(Severity.ERROR, "templates-folder", userFolder.toString(), 0,
                    "cannot read the templates folder: " + e.getMessage()), e);
        }
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping of every ${...}
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocalizedLookup(false);
        // A build is one run: read each template once.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return c;
    }

    /** Lays one document out. @throws RenderException naming the template, line and column */
    public RenderedDocument render(DocumentDefinition definition, DocumentModel model) {
        if (definition.template() == null) {
            throw new IllegalArgumentException(definition.name() + " is not laid out by a template");
        }
        return new RenderedDocument(definition, model.subjectId(), process(definition.template(), model), model.metadata());
    }

    private Diagnostic diagnostic(String template, int line, int column, String message) {
        String name = template == null ? "?" : display(template);
        return new Diagnostic(Severity.ERROR, "template-error", name, line,
                "column " + column + ": " + message);
    }

    /** The file a diagnostic names: the user's copy when it exists, else the shipped one. */
    private String display(String template) {
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(template))) {
            return userFolder.resolve(template).toString();
        }
        return "templates/" + template;
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int columnOf(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        String m = message.strip();
        int cut = m.indexOf("\n\n");
        String first = cut < 0 ? m : m.substring(0, cut);
        return first.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private String where() {
        return userFolder == null ? "the shipped templates" : userFolder + " or the shipped templates";
    }

    /**
     * Lays out a page that is not one of the documents (e.g. {@code index.ftlh}) from a plain model.
     * @throws RenderException naming the template, line and column
     */
    public String renderPage(String template, Map<String, ?> model) {
        return process(template, model);
    }

    private String process(String template, Object model) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter(64 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(new Diagnostic(Severity.ERROR, "template-missing", e.getTemplateName(), 0,
                    "template not found in " + where()), e);
        } catch (ParseException e) {
            throw new RenderException(diagnostic(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getEditorMessage()), e);
        } catch (TemplateException e) {
            // A partial that does not parse surfaces as a failed #include: name the partial.
            if (e.getCause() instanceof ParseException p) {
                throw new RenderException(diagnostic(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(),
                        p.getEditorMessage()), e);
            }
            throw new RenderException(diagnostic(e.getTemplateSourceName(), lineOf(e), columnOf(e),
                    firstLine(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            // Asked again for a template that did not parse, FreeMarker's cache throws an IOException
            // whose cause is the first ParseException: report that, with its line and column.
            ParseException p = parseCause(e);
            if (p != null) {
                throw new RenderException(diagnostic(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(),
                        p.getEditorMessage()), e);
            }
            throw new RenderException(new Diagnostic(Severity.ERROR, "template-unreadable", template, 0,
                    e.getMessage()), e);
        }
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ParseException p) return p;
        }
        return null;
    }

    /**
     * A hash of the template and of every partial it includes or imports, as they would be read now,
     * so that a changed partial rebuilds every document that uses it. "" for documents without a template.
     */
    public String templateHash(DocumentDefinition definition) {
        if (definition.template() == null) return "";
        return hashes.computeIfAbsent(definition.template(), this::hashWithPartials);
    }

    private String hashWithPartials(String template) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        collect(template, seen, parts);
        return TemplateHashes.sha256(String.join("\u0000", parts));
    }

    private void collect(String name, Set<String> seen, List<String> parts) {
        if (!seen.add(name)) return;
        String text = source(name);
        parts.add(name);
        parts.add(text);
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            String inc = m.group(1);
            collect(inc.startsWith("/") ? inc.substring(1) : inc, seen, parts);
        }
    }

    private String source(String name) {
        TemplateLoader loader = config.getTemplateLoader();
        try {
            Object src = loader.findTemplateSource(name);
            if (src == null) return "\u0000missing";
            try (Reader r = loader.getReader(src, "UTF-8")) {
                StringWriter w = new StringWriter();
                r.transferTo(w);
                return w.toString();
            } finally {
                loader.closeTemplateSource(src);
            }
        } catch (IOException e) {
            return "\u0000unreadable " + e.getMessage();
        }
    }
}
