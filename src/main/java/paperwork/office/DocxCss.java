package paperwork.office;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The little of the templates' CSS that Word needs to know: page breaks before or after an
 * element, the heights of cells to fill in, lists without markers, indents. Each rule's selectors
 * are matched with jsoup against the document (later rules win, inline {@code style} wins over
 * all); selectors jsoup cannot evaluate (pseudo-elements such as {@code ::after}) are the PDF's
 * business and skipped.
 */
final class DocxCss {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern LENGTH = Pattern.compile("^([0-9.]+)\\s*(pt|mm|cm|in|px)$");

    private final Map<Element, Map<String, String>> byElement = new IdentityHashMap<>();

    DocxCss(Document html) {
        for (Element style : html.select("style")) read(html, style.data());
    }

    private void read(Document html, String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        // @page and @media blocks nest braces; their inner rules are not for Word.
        text = text.replaceAll("(?s)@[a-z-]+[^{;]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}", "");
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            Map<String, String> decls = declarations(m.group(2));
            if (!relevant(decls)) continue;
            for (String selector : m.group(1).split(",")) {
                String sel = selector.strip();
                if (sel.isEmpty() || sel.contains(":")) continue;
                try {
                    for (Element e : html.body().select(sel)) {
                        byElement.computeIfAbsent(e, k -> new HashMap<>()).putAll(decls);
                    }
                } catch (Selector.SelectorParseException ex) {
                    // A selector only a browser understands: not needed for Word.
                }
            }
        }
    }

    private static boolean relevant(Map<String, String> decls) {
        for (String name : decls.keySet()) {
            if (name.startsWith("page-break") || name.startsWith("break-") || name.equals("height") || name.equals("width")
                    || name.startsWith("list-style") || name.equals("margin-left") || name.equals("padding-left")) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> declarations(String block) {
        Map<String, String> decls = new HashMap<>();
        for (String d : block.split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                decls.put(d.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        d.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return decls;
    }

    /** A property for an element: its inline style first, then the rules that select it. */
    String property(Element e, String name) {
        if (e.hasAttr("style")) {
            String inline = declarations(e.attr("style")).get(name);
            if (inline != null) return inline;
        }
        Map<String, String> decls = byElement.get(e);
        return decls == null ? null : decls.get(name);
    }

    boolean breaksBefore(Element e) {
        return "always".equals(property(e, "page-break-before")) || "page".equals(property(e, "break-before"));
    }

    boolean breaksAfter(Element e) {
        return "always".equals(property(e, "page-break-after")) || "page".equals(property(e, "break-after"));
    }

    /** A length in twentieths of a point, or 0 when absent or not an absolute length. */
    int twips(Element e, String name) {
        String value = property(e, name);
        if (value == null) return 0;
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) return 0;
        double n = Double.parseDouble(m.group(1));
        double points = switch (m.group(2)) {
            case "pt" -> n;
            case "mm" -> n * 72 / 25.4;
            case "cm" -> n * 72 / 2.54;
            case "in" -> n * 72;
            default -> n * 0.75;
        };
        return (int) Math.round(points * 20);
    }

    /** Lists drawn without markers ({@code list-style: none}) carry their own codes. */
    boolean unmarked(Element list) {
        String style = property(list, "list-style");
        String type = property(list, "list-style-type");
        return "none".equals(type) || (style != null && style.matches("(^|.*\\s)none(\\s.*|$)"));
    }
}
