package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from the message bundles: no template holds a Chinese or English literal, neither as
 * text between tags (a placeholder body that Thymeleaf replaces is a literal too: it is what a broken expression
 * would leave on the page) nor in a visible attribute. Punctuation between expressions is allowed. The pages carry
 * no inline script, no event-handler attribute and no style attribute, so that the Content-Security-Policy can
 * forbid all three.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern WORD = Pattern.compile("[A-Za-z\\p{IsHan}]");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(title|placeholder|aria-label|alt|label|value)=\"([^\"]*)\"");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER_OR_STYLE = Pattern.compile("\\s(on[a-z]+|style|th:style|th:on[a-z]+)=\"",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsALiteralWord() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            String html = COMMENT.matcher(Files.readString(file)).replaceAll("");
            Matcher text = TEXT.matcher(QUOTED.matcher(html).replaceAll("\"\""));
            while (text.find()) {
                if (WORD.matcher(text.group(1)).find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + text.group(1).strip());
                }
            }
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                boolean formValue = attribute.group(1).equals("value");
                if (!formValue && WORD.matcher(attribute.group(2)).find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=" + attribute.group(2));
                }
            }
        }
        assertThat(found).as("literal words in templates").isEmpty();
    }

    @Test
    void noTemplateHoldsAnInlineScriptOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            String html = COMMENT.matcher(Files.readString(file)).replaceAll("");
            Matcher script = INLINE_SCRIPT.matcher(html);
            while (script.find()) {
                found.add(TEMPLATES.relativize(file) + ": " + script.group());
            }
            Matcher handler = HANDLER_OR_STYLE.matcher(html);
            while (handler.find()) {
                found.add(TEMPLATES.relativize(file) + ": " + handler.group(1));
            }
            if (html.contains("<style")) {
                found.add(TEMPLATES.relativize(file) + ": <style>");
            }
        }
        assertThat(found).as("inline scripts, handlers and styles").isEmpty();
    }

    @Test
    void theScanSeesEveryTemplate() throws IOException {
        assertThat(templates()).hasSizeGreaterThanOrEqualTo(30);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
