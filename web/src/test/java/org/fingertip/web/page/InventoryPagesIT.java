package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inventory's pages over real HTTP: a supervisor uploads a GBK file and sees what became of each row, the
 * rejected ones by line; the backlog lists the live-but-unfiled apps with their days left, the overdue ones in red;
 * the applicant opens such an app in the filing form, pre-filled from the inventory, and submits it; bad files are
 * said on the page with their status; other roles are refused.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryPagesIT {
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/inventory/import\\?_csrf=[^\"]+)\"");
    private static final String HEADER = "主办单位编码,名称,类型,服务对象,上架平台,上线日期,包名";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 7, 25);

    @LocalServerPort
    int port;

    private final long nonce = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    /** Uploads the file through the import page's form, with the token the page gave it. */
    private static Page upload(Browser browser, String filename, byte[] content) {
        Page form = browser.get("/inventory/import");
        assertThat(form.status()).isEqualTo(200);
        Matcher action = UPLOAD_ACTION.matcher(form.html());
        assertThat(action.find()).as("the upload form in%n%s", form.html()).isTrue();
        String path = action.group(1).replace("&amp;", "&");
        FormData fields = new FormData().add("_csrf", Page.csrfOf(form.form(action.group(1))));
        return browser.postFile(path, fields, "file", filename, content);
    }

    private static long appIdIn(Page page, String name) {
        Matcher m = Pattern.compile("data-app=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*?" + Pattern.quote(name), Pattern.DOTALL)
                .matcher(page.html());
        assertThat(m.find()).as("a row of %s in%n%s", name, page.html()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aSupervisorUploadsAGbkFileSeesTheRejectedLinesAndThenTheBacklogWithTheDaysLeft() {
        String first = "页面导入应用" + nonce;
        String csv = HEADER + "\r\n"
                + "420100-007," + first + ",APP,公众,华为应用市场、应用宝,2024/5/1,cn.gov.wuhan.page" + nonce + "\r\n"
                + "420100-007,页面导入公众号" + nonce + ",公众号,公众,,2023-06-15,\r\n"
                + "420100-007,页面导入坏行" + nonce + ",电子公文,公众,应用宝,2023-06-15,\r\n"
                + "420500-003,外市应用" + nonce + ",APP,公众,应用宝,2023-06-15,\r\n";
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        assertThat(supervisor.get("/").html()).contains("href=\"/backlog\"");

        Page result = upload(supervisor, "存量清单.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.textOfId("result-created")).isEqualTo("2");
        assertThat(result.textOfId("result-rejected")).isEqualTo("2");
        assertThat(result.text()).contains("导入结果：存量清单.csv", "类型：不是可识别的类型，收到“电子公文”",
                "主办单位 420500-003 不在您的辖区内或不存在");
        assertThat(result.html()).contains("data-line=\"4\"", "data-line=\"5\"").doesNotContain("data-line=\"2\"");

        Page again = upload(supervisor, "存量清单.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(again.textOfId("result-created")).isEqualTo("0");
        assertThat(again.textOfId("result-unchanged")).isEqualTo("2");

        Page backlog = supervisor.get("/backlog?department=420100-007&page=0");
        assertThat(backlog.status()).isEqualTo(200);
        assertThat(backlog.text()).contains("存量未备案清单", first).doesNotContain("页面导入公众号" + nonce);
        long id = appIdIn(backlog, first);
        Matcher row = Pattern.compile("(<tr[^>]*data-app=\"" + id + "\"[^>]*>)(.*?)</tr>", Pattern.DOTALL)
                .matcher(backlog.html());
        assertThat(row.find()).isTrue();
        Matcher rowClass = Pattern.compile("class=\"([^\"]+)\"").matcher(row.group(1));
        assertThat(rowClass.find()).isTrue();
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        long left = ChronoUnit.DAYS.between(today, DEADLINE);
        if (today.isAfter(DEADLINE)) {
            assertThat(rowClass.group(1)).isEqualTo("due-overdue");
            assertThat(Page.text(row.group(2))).contains("2026-07-25", "已逾期 " + (-left) + " 天", "待每日清理挂账");
        } else {
            assertThat(Page.text(row.group(2))).contains("2026-07-25", "剩余 " + left + " 天");
        }
        assertThat(supervisor.get("/backlog?page=-1").status()).isEqualTo(400);
        assertThat(supervisor.get("/backlog?department=" + "4".repeat(31)).status()).isEqualTo(400);
        assertThat(Browser.loggedIn(port, "supervisor.hubei").get("/backlog").status()).isEqualTo(200);
    }

    @Test
    void aBadFileIsSaidOnTheImportPageWithItsStatus() {
        Browser admin = Browser.loggedIn(port, "admin");

        Page oldExcel = upload(admin, "清单.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThat(oldExcel.status()).isEqualTo(415);
        assertThat(oldExcel.text()).contains("不支持 .xls 格式");
        Page missing = upload(admin, "清单.csv", "名称,类型\n某应用,APP\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("表头缺少必需的列", "主办单位编码/unitCode");
        Page empty = upload(admin, "清单.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("文件没有内容");
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        while (big.length() < 5 * 1024 * 1024 + 10_000) {
            big.append("420100-007,big-file-app,APP,PUBLIC,store,2024-01-01,\n");
        }
        Page tooLarge = upload(admin, "big.csv", big.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("超过了 5 MB");
    }

    @Test
    void theApplicantOpensTheLiveUnfiledAppInTheFilingFormPrefilledAndSubmitsIt() {
        String name = "页面存量申报" + nonce;
        String csv = HEADER + "\n420100-007," + name + ",APP,公众,华为应用市场、应用宝,2024-05-01,cn.gov.wuhan.pf"
                + nonce + "\n";
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        assertThat(upload(supervisor, "a.csv", csv.getBytes(StandardCharsets.UTF_8)).textOfId("result-created"))
                .isEqualTo("1");
        long id = appIdIn(supervisor.get("/backlog?department=420100-007"), name);

        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page casePage = applicant.get("/apps/" + id);
        assertThat(casePage.textOfId("case-status")).isEqualTo("在用未备案");
        String editPath = "/apps/" + id + "/edit";
        assertThat(casePage.html()).contains("href=\"" + editPath + "\"");
        Page edit = applicant.get(editPath);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.inputValue("name")).isEqualTo(name);
        assertThat(edit.textarea("stores")).contains("华为应用市场", "应用宝");
        assertThat(edit.inputValue("packageName")).isEqualTo("cn.gov.wuhan.pf" + nonce);
        assertThat(edit.inputValue("acceptance.date")).isEqualTo("2024-05-01");
        assertThat(edit.text()).contains("此应用由存量清查登记", "备案期限：2026-07-25");

        FormData rest = FilingForms.complete(name)
                .set("stores", edit.textarea("stores"))
                .set("packageName", edit.inputValue("packageName"))
                .set("acceptance.date", edit.inputValue("acceptance.date"))
                .add("action", "submit");
        Page submitted = applicant.submit(edit, editPath, rest);

        assertThat(submitted.textOfId("case-status")).as(submitted.toString()).isEqualTo("审核中");
        assertThat(supervisor.get("/backlog?department=420100-007").html()).doesNotContain("data-app=\"" + id + "\"");
    }

    @Test
    void otherRolesAreRefusedTheImportAndTheBacklog() {
        for (String user : new String[] {"applicant.wuhan", "reviewer.wuhan", "observer.wuhan"}) {
            Browser b = Browser.loggedIn(port, user);
            assertThat(b.get("/inventory/import").status()).as(user).isEqualTo(403);
            assertThat(b.get("/backlog").status()).as(user).isEqualTo(403);
            assertThat(b.get("/").html()).as(user).doesNotContain("href=\"/backlog\"");
        }
        Browser english = Browser.withLanguage(port, "en");
        Page login = english.get("/login");
        english.submit(login, "/login", new FormData().add("username", "admin")
                .add("password", org.fingertip.web.demo.DemoData.DEMO_PASSWORD));
        assertThat(english.get("/backlog").text()).contains("Live apps not yet filed", "Import the inventory");
        assertThat(english.get("/inventory/import").text()).contains("The file's columns", "Required", "Optional");
    }
}
