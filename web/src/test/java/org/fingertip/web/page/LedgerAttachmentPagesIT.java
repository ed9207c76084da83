package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.testing.SampleFiles;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evidence files through the item page, over real HTTP with the real templates: the owner unit uploads with the
 * page's form (its CSRF token in the multipart body), a refused file comes back with the message beside the field, the
 * list shows each file with its size and SHA-256 and a link that downloads the same bytes; who may not attach gets no
 * form; another jurisdiction finds nothing.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerAttachmentPagesIT {
    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    private long openedItem() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("附件页面城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", appId, "category", "BURDEN", "finding", "强制网格员每日签到" + appId))
                .expectJson(201).json().path("id").asLong();
    }

    private static String section(Page page, String id) {
        String html = page.html();
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s on %s", id, page).isNotNegative();
        return Page.text(html.substring(start, html.indexOf("</section>", start)));
    }

    private static String rowOf(Page page, String name) {
        Matcher row = Pattern.compile("<tr[^>]*class=\"attachment\"[^>]*>((?:(?!</tr>).)*" + Pattern.quote(name)
                + ".*?)</tr>", Pattern.DOTALL).matcher(page.html());
        assertThat(row.find()).as("a row for %s on %s", name, page).isTrue();
        return row.group(1);
    }

    @Test
    void theOwnerUploadsThroughTheItemPageAndRefusedFilesComeBackBesideTheField() {
        long itemId = openedItem();
        String itemPath = "/ledger/" + itemId;
        String action = itemPath + "/attachments";
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");

        Page blank = applicant.get(itemPath);
        assertThat(section(blank, "attachments")).contains("附件（整改佐证）", "尚无附件", "上传附件", "每个不超过 10 MB",
                "每个事项最多 20 个");
        assertThat(blank.hasForm(action)).isTrue();

        // 1. Text named .pdf: refused by its content, the message beside the file field.
        Page fake = applicant.submitFile(blank, action, "file", "整改报告.pdf", "application/pdf", SampleFiles.text());
        assertThat(fake.status()).isEqualTo(415);
        assertThat(fake.notesOf("file")).contains("“整改报告.pdf”", "内容不是 PDF 文档");
        assertThat(fake.textOfId("error-summary")).contains("有 1 处需要修改");
        assertThat(fake.html()).contains("href=\"#f-file\"");
        assertThat(fake.textOfId("attachments-none")).isEqualTo("尚无附件");

        // 2. The form sent without a file chosen.
        Page none = applicant.submitFile(fake, action, "file", "", "application/octet-stream", new byte[0]);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.notesOf("file")).isEqualTo("请选择要上传的文件");

        // 3. Over the limit. The page's script refuses it before sending; sent anyway, the body cannot be read,
        //    its CSRF token with it: a 413 page that says so, not "no access". With the token in a header (a
        //    script's request) the body is read by the handler, and the message stands beside the field.
        Page tooLarge = applicant.submitFile(none, action, "file", "扫描件.pdf", "application/pdf",
                SampleFiles.pdfOfSize(10 * MIB + 1));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("文件过大", "上传的文件超过了允许的大小").doesNotContain("无权访问");
        assertThat(none.html()).contains("data-max-bytes=\"" + 10 * MIB + "\"");
        Page tooLargeByScript = applicant.submitFileWithTokenHeader(none, action, "file", "扫描件.pdf",
                "application/pdf", SampleFiles.pdfOfSize(10 * MIB + 1));
        assertThat(tooLargeByScript.status()).isEqualTo(413);
        assertThat(tooLargeByScript.notesOf("file")).isEqualTo("文件超过了 10 MB 的上限，请压缩或拆分后再上传");
        assertThat(tooLargeByScript.hasForm(action)).isTrue();
        Page tooLargeElsewhere = applicant.submitFileWithTokenHeaderTo(none, action, "/ledger/987654321987/attachments",
                "file", "扫描件.pdf", "application/pdf", SampleFiles.pdfOfSize(10 * MIB + 1));
        assertThat(tooLargeElsewhere.status()).isEqualTo(404);
        assertThat(tooLargeElsewhere.text()).contains("未找到编号为 987654321987 的台账事项");

        // 4. A real PDF: back on the item, listed with its size and checksum; the step names it.
        byte[] pdf = SampleFiles.pdf("page " + itemId);
        String sha256 = AttachmentFile.sha256Hex(pdf);
        Page uploaded = applicant.submitFile(tooLargeByScript, action, "file", "整改报告（终版）.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.path()).isEqualTo(itemPath);
        assertThat(uploaded.text()).contains("已上传附件，并记入办理记录");
        String row = rowOf(uploaded, "整改报告（终版）.pdf");
        assertThat(Page.text(row)).contains("整改报告（终版）.pdf", "PDF 文档", "applicant.wuhan（主办单位）", sha256);
        Matcher href = Pattern.compile("href=\"(" + Pattern.quote(action) + "/\\d+)\"").matcher(row);
        assertThat(href.find()).as("download link in %s", row).isTrue();
        assertThat(section(uploaded, "steps")).contains("上传附件", "整改报告（终版）.pdf", sha256);

        Browser.Download download = applicant.download(href.group(1));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("整改报告（终版）.pdf", StandardCharsets.UTF_8));
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // 5. The city reviewer sees the file but brings no evidence while the owner is to fix; the supervisor may.
        Page reviewer = Browser.loggedIn(port, "reviewer.wuhan").get(itemPath);
        assertThat(reviewer.html()).contains("href=\"" + href.group(1) + "\"");
        assertThat(reviewer.hasForm(action)).isFalse();
        assertThat(Browser.loggedIn(port, "supervisor.wuhan").get(itemPath).hasForm(action)).isTrue();
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").download(href.group(1)).body()).isEqualTo(pdf);

        // 6. Outside: another city finds nothing; an observer may not look.
        Browser yichang = Browser.loggedIn(port, "applicant.yichang");
        assertThat(yichang.download(href.group(1)).status()).isEqualTo(404);
        assertThat(yichang.get(itemPath).status()).isEqualTo(404);
        assertThat(Browser.loggedIn(port, "observer.wuhan").download(href.group(1)).status()).isEqualTo(403);
        assertThat(applicant.download(action + "/987654321987").status()).isEqualTo(404);
    }

    @Test
    void onceTheFixIsReportedTheOwnerNoLongerAttachesAndTheVerifierDoes() {
        long itemId = openedItem();
        String itemPath = "/ledger/" + itemId;
        String action = itemPath + "/attachments";
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page before = applicant.get(itemPath);

        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed", Map.of("evidence", "已删除签到功能"))
                .expectJson(200);
        assertThat(applicant.get(itemPath).hasForm(action)).isFalse();
        // the form as it was (a second tab): the 409 page with the core's message
        Page late = applicant.submitFile(before, action, "file", "补充.png", "image/png", SampleFiles.png());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("主办单位此时不能上传附件");

        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page verifying = reviewer.get(itemPath);
        Page found = reviewer.submitFile(verifying, action, "file", "核验截图.jpg", "image/jpeg", SampleFiles.jpeg());
        assertThat(found.path()).isEqualTo(itemPath);
        assertThat(Page.text(rowOf(found, "核验截图.jpg"))).contains("JPEG 图片", "reviewer.wuhan（核验审核员）");
    }
}
