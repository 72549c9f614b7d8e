package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template holds user-facing text of its own: every word a user reads comes from the message
 * bundles. Text is allowed only inside an element whose content Thymeleaf replaces.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("title", "placeholder", "alt", "aria-label", "value", "label", "content");
    private static final Set<String> NON_TEXT_ELEMENTS = Set.of("script", "style");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : doc.getAllElements()) {
                    checkText(file, element, problems);
                    checkAttributes(file, element, problems);
                }
            }
        }
        assertThat(problems)
                .as("literal user-facing text in templates (move it to the message bundles)")
                .isEmpty();
    }

    @Test
    void theCheckCatchesLiteralText() {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(
                "<p>Xin chào <b th:text=\"#{x}\">ok</b></p><input placeholder=\"Tìm kiếm\">", "", Parser.xmlParser());
        for (Element element : doc.getAllElements()) {
            checkText(Path.of("sample.html"), element, problems);
            checkAttributes(Path.of("sample.html"), element, problems);
        }
        assertThat(problems).hasSize(2);
    }

    private static void checkText(Path file, Element element, List<String> problems) {
        if (NON_TEXT_ELEMENTS.contains(element.normalName()) || isReplaced(element)) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (LETTERS.matcher(text.text()).find()) {
                problems.add(file + ": <" + element.normalName() + "> \""
                        + text.text().strip() + "\"");
            }
        }
    }

    private static void checkAttributes(Path file, Element element, List<String> problems) {
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = element.attr(attribute);
            boolean dynamic = element.hasAttr("th:" + attribute) || element.hasAttr("th:attr");
            if (!dynamic && LETTERS.matcher(value).find() && !isTechnical(element, attribute)) {
                problems.add(file + ": <" + element.normalName() + " " + attribute + "=\"" + value + "\">");
            }
        }
    }

    /** A meta tag's content, or a value other than a button's caption, is not read by users. */
    private static boolean isTechnical(Element element, String attribute) {
        return ("content".equals(attribute) && "meta".equals(element.normalName()))
                || ("value".equals(attribute)
                        && !Set.of("button", "submit", "reset").contains(element.attr("type")));
    }

    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }
}
