package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.fingertip.registry.export.ExportRecord;
import org.fingertip.registry.export.ExportRecords;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ExportedSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 导出 Excel link of each list page carries the page's filters to the page's own export route (the session, not
 * HTTP Basic), and the file holds what the list holds; a bad filter or a role the page refuses gets the page's error,
 * never a file.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportPagesIT {
    private static final Pattern LINK =
            Pattern.compile("<a[^>]*id=\"export-xlsx\"\\s+href=\"([^\"]+)\"[^>]*>([^<]*)</a>");

    @LocalServerPort
    int port;
    @Autowired
    ExportRecords records;
    @Autowired
    RuntimeService runtimeService;

    /** The page's export link: its address (unescaped) and its text. */
    private static String[] exportLink(Page page) {
        Matcher m = LINK.matcher(page.html());
        assertThat(m.find()).as("%s: an export link", page).isTrue();
        return new String[] {m.group(1).replace("&amp;", "&"), m.group(2).strip()};
    }

    /** Follows the page's link as the browser does and reads the file. */
    private ExportedSheet follow(Browser browser, Page page, String expectedPath, String title) {
        String[] link = exportLink(page);
        assertThat(link[1]).isEqualTo("导出 Excel");
        assertThat(link[0]).startsWith(expectedPath);
        Browser.Download d = browser.download(link[0]);
        assertThat(d.status()).as("GET %s", link[0]).isEqualTo(200);
        assertThat(d.header("Content-Type")).isEqualTo(XlsxExports.MEDIA_TYPE);
        assertThat(d.header("Content-Disposition")).startsWith("attachment;");
        ExportedSheet sheet = ExportedSheet.read(d.body());
        assertThat(sheet.title()).isEqualTo(title);
        return sheet;
    }

    private static long count(Page page) {
        Matcher m = Pattern.compile("class=\"count\"[^>]*>[^<\\d]*(\\d+)").matcher(page.html());
        assertThat(m.find()).as("%s: the count", page).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void eachListPagesLinkExportsWhatThePageLists() {
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");

        Page apps = supervisor.get("/apps?status=FILED");
        ExportedSheet appsFile = follow(supervisor, apps, "/apps/export.xlsx?status=FILED", "应用台账");
        assertThat(appsFile.rows()).hasSize((int) count(apps)).isNotEmpty();
        assertThat(appsFile.facts().get(0)).isEqualTo("筛选条件：状态：已备案");
        assertThat(appsFile.facts().get(2)).isEqualTo("导出人：supervisor.wuhan");

        Page ledger = supervisor.get("/ledger?state=OPEN&overdue=false");
        ExportedSheet ledgerFile = follow(supervisor, ledger, "/ledger/export.xlsx?state=OPEN", "整改台账");
        assertThat(ledgerFile.rows()).hasSize((int) count(ledger));
        assertThat(ledgerFile.facts().get(0)).isEqualTo("筛选条件：状态：待整改");

        Page exits = supervisor.get("/exits?department=420100");
        ExportedSheet exitsFile = follow(supervisor, exits, "/exits/export.xlsx?", "清理退出台账");
        assertThat(exitsFile.rows()).hasSize((int) count(exits)).isNotEmpty();
        assertThat(exitsFile.facts().get(0)).isEqualTo("筛选条件：部门：420100");

        Page backlog = supervisor.get("/backlog?department=420100");
        ExportedSheet backlogFile = follow(supervisor, backlog, "/backlog/export.xlsx?department=420100", "存量未备案清单");
        ApiClient api = new ApiClient(port);
        assertThat(backlogFile.rows()).hasSize(api.as("supervisor.wuhan").get("/api/backlog?department=420100&size=1")
                .expectJson(200).json().path("total").asInt());

        ExportRecord last = records.byUser("supervisor.wuhan", 1).get(0);
        assertThat(last.list()).isEqualTo("backlog");
        assertThat(last.filters()).isEqualTo("部门：420100");

        Page overdue = supervisor.get("/tasks/overdue?department=420100");
        ExportedSheet overdueFile = follow(supervisor, overdue, "/tasks/overdue/export.xlsx?", "逾期任务台账");
        assertThat(overdueFile.rows()).hasSize((int) count(overdue));
        Page evaluations = supervisor.get("/evaluations?department=420100");
        ExportedSheet evaluationsFile = follow(supervisor, evaluations, "/evaluations/export.xlsx?department=420100",
                "评价与负担反映台账");
        assertThat(evaluationsFile.rows()).hasSize((int) count(evaluations)).isNotEmpty();
    }

    @Test
    void aCampaignsPageExportsItsSampledApps() {
        ApiClient api = new ApiClient(port);
        JsonNode c = api.as("supervisor.wuhan").post("/api/rechecks", Map.of("departmentCode", "420100",
                "samplePercent", 5, "seed", 77)).expectJson(202).json();
        long id = c.path("id").asLong();
        try {
            Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
            Page progress = reviewer.get("/rechecks/" + id);
            ExportedSheet sheet = follow(reviewer, progress, "/rechecks/" + id + "/apps/export.xlsx", "专项复核抽中应用");
            assertThat(sheet.rows()).hasSize(c.path("selected").asInt()).isNotEmpty();

            // another city's reviewer: the page's 404, no file
            Browser.Download foreign = Browser.loggedIn(port, "reviewer.yichang")
                    .download("/rechecks/" + id + "/apps/export.xlsx");
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.header("Content-Type")).startsWith("text/html");
        } finally {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("campaign:" + id).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "测试结束，不启动"));
        }
    }

    @Test
    void aBadFilterOrARefusedRoleGetsThePagesErrorNeverAFile() {
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        String longCode = "4".repeat(31);
        Page refusedList = supervisor.get("/ledger?department=" + longCode);
        assertThat(refusedList.status()).isEqualTo(400);
        assertThat(refusedList.html()).as("no export of a refused filter").doesNotContain("export-xlsx");

        for (String path : List.of("/ledger/export.xlsx?department=" + longCode, "/exits/export.xlsx?department="
                + longCode, "/backlog/export.xlsx?department=" + "4".repeat(41), "/apps/export.xlsx?status=SLEEPING",
                "/rechecks/abc/apps/export.xlsx")) {
            Browser.Download d = supervisor.download(path);
            assertThat(d.status()).as(path).isEqualTo(400);
            assertThat(d.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(ExportedSheet.isZip(d.body())).isFalse();
        }

        Browser observer = Browser.loggedIn(port, "observer.wuhan");
        for (String path : List.of("/ledger/export.xlsx", "/exits/export.xlsx", "/backlog/export.xlsx")) {
            Browser.Download d = observer.download(path);
            assertThat(d.status()).as(path).isEqualTo(403);
            assertThat(ExportedSheet.isZip(d.body())).isFalse();
        }
        assertThat(observer.download("/apps/export.xlsx").status()).isEqualTo(200);

        // without a session, the login page
        Browser.Download anonymous = Browser.anonymous(port).download("/apps/export.xlsx");
        assertThat(anonymous.header("Content-Type")).startsWith("text/html");
        assertThat(ExportedSheet.isZip(anonymous.body())).isFalse();
        assertThat(new String(anonymous.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("name=\"password\"");
    }
}
