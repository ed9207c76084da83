package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things, and every key a template names exists: a page never shows a raw key such as
 * {@code ??form.submit_zh_CN??}.
 */
class MessagesBundleTest {
    /** Enums whose Chinese label lives in the domain: only the English bundle lists them. */
    private static final List<String> DOMAIN_LABELLED = List.of("enum.AppStatus.", "enum.AppKind.", "enum.FormSection.",
            "enum.DivisionLevel.", "enum.ReviewStep.", "enum.TaskType.", "enum.LedgerState.", "enum.LedgerCategory.",
            "enum.LedgerSource.", "enum.BurdenCategory.", "enum.CampaignState.", "enum.MemberState.", "enum.Verdict.",
            "enum.RecheckState.", "enum.RecheckReason.", "enum.RecheckOutcome.", "enum.RecheckTrigger.", "enum.NoticeKind.",
            "enum.AttachmentType.", "enum.AttachmentCapacity.",
            // clearance and exit
            "enum.ExitState.", "enum.ExitReason.", "enum.ExitTrigger.", "enum.DataDisposition.", "enum.NoticeStanding.",
            // change filing
            "enum.ChangeState.",
            // the inbox
            "enum.WorkView.", "enum.DueState.", "enum.WorkState.", "enum.CaseProcess.",
            // notifications
            "enum.NotificationKind.",
            // the dashboard
            "enum.Pending.", "enum.Clearance.", "enum.AgeBucket.", "enum.DaysLeftBucket.", "enum.CompareOrder.",
            // the header and the case history
            "enum.Role.", "enum.NoticeSubject.", "enum.CopyReason.", "enum.ReminderKind.", "enum.TaskEventKind.",
            // the administrator's change record
            "enum.AdminAction.", "enum.AdminObject.", "enum.DurationKey.");
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([\\w.]+)'");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(zh)).as("keys only in Chinese").allMatch(en::contains);
        Set<String> onlyEnglish = new TreeSet<>(en);
        onlyEnglish.removeAll(zh);
        assertThat(onlyEnglish).as("keys only in English").allMatch(k -> DOMAIN_LABELLED.stream().anyMatch(k::startsWith));
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                collect(MESSAGE_EXPRESSION.matcher(html), used);
                collect(MSG_CALL.matcher(html), used);
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(new TreeSet<>(used)).as("keys named in templates").allMatch(zh::contains);
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
