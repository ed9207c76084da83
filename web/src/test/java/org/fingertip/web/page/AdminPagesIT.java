package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's pages over real HTTP with the real templates, as the demo {@code admin}: the home links every
 * section, forms show their messages beside the field with the input kept, and every change shows in the record.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIT {
    private static final List<Path> TEMPLATES = List.of(Path.of("src/main/resources/templates/admin"),
            Path.of("src/main/resources/templates/me"));

    @LocalServerPort
    int port;

    @Test
    void theHomeLinksEverySectionAndOnlyAnAdministratorSeesIt() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page home = admin.get("/admin");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("系统管理", "变更记录", "单位", "用户", "节假日安排", "统一平台功能目录", "期限设置");
        assertThat(home.html()).contains("href=\"/admin/units\"", "href=\"/admin/durations\"");
        for (String section : List.of("units", "divisions", "users", "calendar", "catalogue", "durations", "changes")) {
            assertThat(home.html()).contains("href=\"/admin/" + section + "\"");
            assertThat(admin.get("/admin/" + section).status()).as("/admin/%s", section).isEqualTo(200);
        }
        assertThat(Browser.loggedIn(port, "supervisor.hubei").get("/admin").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/admin/changes").status()).isEqualTo(403);
    }

    @Test
    void theRecordOfChangesPageFiltersByKindOfObject() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page page = admin.get("/admin/changes?kind=UNIT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<option value=\"UNIT\" selected=\"selected\">");
        assertThat(admin.get("/admin/changes?page=-1").status()).isEqualTo(400);
    }

    /** Posts a new unit in the division at a free code through the page; returns the unit's page. */
    private Page newUnit(Browser admin, String division, String name) {
        Page list = admin.get("/admin/units");
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = division + "-" + ThreadLocalRandom.current().nextInt(500, 1000);
            Page after = admin.submit(list, "/admin/units/new", new FormData().add("code", code).add("name", name + code)
                    .add("divisionCode", division));
            if (after.status() == 200 && after.path().equals("/admin/units/" + code)) {
                return after;
            }
            assertThat(after.notesOf("code")).contains("已被使用");
        }
        throw new AssertionError("no free unit code");
    }

    @Test
    void unitsAreCreatedRenamedAndMergedThroughTheirPagesWithMessagesBesideTheField() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page list = admin.get("/admin/units?division=420100&keyword=城市管理");
        assertThat(list.text()).contains("420100-007", "武汉市城市管理执法委员会");

        Page refused = admin.submit(list, "/admin/units/new", new FormData().add("code", "420100-12")
                .add("name", "").add("divisionCode", "420100"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("code")).isEqualTo("单位编码应为“区划代码-三位序号”，例如 420100-007");
        assertThat(refused.notesOf("name")).isEqualTo("请填写单位名称");
        assertThat(refused.inputValue("code")).isEqualTo("420100-12");
        assertThat(refused.inputValue("divisionCode")).isEqualTo("420100");

        Page a = newUnit(admin, "420100", "页面合并单位");
        assertThat(a.text()).contains("单位已新建", "使用中");
        String codeA = a.textOfId("unit-code");
        Page b = newUnit(admin, "420100", "页面承接单位");
        String codeB = b.textOfId("unit-code");

        Page renamed = admin.submit(a, "/admin/units/" + codeA + "/rename", new FormData().add("name", "页面改名" + codeA));
        assertThat(renamed.textOfId("unit-name")).isEqualTo("页面改名" + codeA);

        String merge = "/admin/units/" + codeA + "/merge";
        Page unconfirmed = admin.submit(renamed, merge, new FormData().add("into", codeB));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.notesOf("confirmed")).isEqualTo("请勾选确认后再合并");
        assertThat(unconfirmed.inputValue("into")).isEqualTo(codeB);
        Page itself = admin.submit(renamed, merge, new FormData().add("into", codeA).add("confirmed", "true"));
        assertThat(itself.status()).isEqualTo(422);
        assertThat(itself.notesOf("into")).isEqualTo("不能把单位并入它自身，请选择另一个单位");

        Page merged = admin.submit(renamed, merge, new FormData().add("into", codeB).add("confirmed", "true"));
        assertThat(merged.path()).isEqualTo("/admin/units/" + codeA);
        assertThat(merged.textOfId("unit-state")).isEqualTo("已并入 " + codeB);
        assertThat(merged.text()).contains("单位已合并", "已移交：应用 0 个、用户 0 名、待办任务 0 项");
        assertThat(merged.hasForm(merge)).isFalse();

        Page record = admin.get("/admin/changes?kind=UNIT");
        assertThat(record.text()).contains("单位合并", codeA, "新建单位", "单位更名");
        Page divisions = admin.get("/admin/divisions");
        assertThat(divisions.html()).contains("data-division=\"420102\" data-depth=\"2\"");
    }

    /** Logs in with a password of one's own; answers the page the login led to. */
    private static Page logIn(Browser browser, String username, String password) {
        Page login = browser.get("/login");
        return browser.submit(login, "/login", new FormData().add("username", username).add("password", password));
    }

    @Test
    void aUserWhosePasswordWasResetIsSentToChangeItAndNowhereElseUntilItHas() {
        Browser admin = Browser.loggedIn(port, "admin");
        String username = "reset.t" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        Page blank = admin.get("/admin/users/new");
        Page refused = admin.submit(blank, "/admin/users/new", new FormData().add("username", username)
                .add("displayName", "").add("unitCode", "420100-007").add("roles", "APPLICANT")
                .add("password", "abcdefgh"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("displayName")).isEqualTo("请填写姓名");
        assertThat(refused.notesOf("password")).isEqualTo("密码须包含大写字母、小写字母、数字、符号四类中的至少三类");
        assertThat(refused.inputValue("username")).isEqualTo(username);
        assertThat(refused.checked("roles", "APPLICANT")).isTrue();
        assertThat(refused.inputValue("password")).as("a password is never typed back").isEmpty();

        Page created = admin.submit(refused, "/admin/users/new", new FormData().add("username", username)
                .add("displayName", "重置测试").add("unitCode", "420100-007").add("roles", "APPLICANT")
                .add("password", "Initial#2026"));
        assertThat(created.path()).isEqualTo("/admin/users/" + username);
        Page reset = admin.submit(created, "/admin/users/" + username + "/reset", new FormData());
        String temporary = reset.textOfId("temporary-password");
        assertThat(temporary).hasSize(12);
        assertThat(reset.textOfId("user-state")).isEqualTo("待修改密码");

        Browser user = Browser.anonymous(port);
        Page landed = logIn(user, username, temporary);
        assertThat(landed.path()).isEqualTo("/me/password");
        assertThat(user.get("/apps").path()).isEqualTo("/me/password");
        assertThat(user.get("/inbox").path()).isEqualTo("/me/password");
        Page wrong = user.submit(landed, "/me/password", new FormData().add("currentPassword", "Nope#2026")
                .add("newPassword", "Better#2026x").add("confirmPassword", "Better#2026x"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.notesOf("currentPassword")).isEqualTo("当前密码不正确");
        Page weak = user.submit(landed, "/me/password", new FormData().add("currentPassword", temporary)
                .add("newPassword", username + "A1!").add("confirmPassword", username + "A1!"));
        assertThat(weak.notesOf("newPassword")).isEqualTo("密码不能包含用户名");
        Page mismatch = user.submit(landed, "/me/password", new FormData().add("currentPassword", temporary)
                .add("newPassword", "Better#2026x").add("confirmPassword", "Better#2026y"));
        assertThat(mismatch.notesOf("confirmPassword")).isEqualTo("两次输入的新密码不一致");
        Page changed = user.submit(landed, "/me/password", new FormData().add("currentPassword", temporary)
                .add("newPassword", "Better#2026x").add("confirmPassword", "Better#2026x"));
        assertThat(changed.path()).isNotEqualTo("/me/password");
        assertThat(user.get("/apps").path()).isEqualTo("/apps");

        assertThat(admin.get("/admin/users/" + username).textOfId("user-state")).isEqualTo("正常");
        Page record = admin.get("/admin/changes?kind=USER");
        assertThat(record.text()).contains("新建用户", "重置密码", "修改密码", username);
        // the demo users are never forced
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/apps").path()).isEqualTo("/apps");
    }

    @Test
    void aDisabledUserIsLoggedOutOfItsSession() {
        Browser admin = Browser.loggedIn(port, "admin");
        String username = "gone.t" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        Page created = admin.submit(admin.get("/admin/users/new"), "/admin/users/new", new FormData()
                .add("username", username).add("displayName", "停用测试").add("unitCode", "420500-003")
                .add("roles", "APPLICANT").add("password", "Initial#2026"));
        Browser user = Browser.anonymous(port);
        Page landed = logIn(user, username, "Initial#2026");
        user.submit(landed, "/me/password", new FormData().add("currentPassword", "Initial#2026")
                .add("newPassword", "Mine#2026abc").add("confirmPassword", "Mine#2026abc"));
        assertThat(user.get("/apps").path()).isEqualTo("/apps");

        Page disabled = admin.submit(created, "/admin/users/" + username + "/disable", new FormData());
        assertThat(disabled.textOfId("user-state")).isEqualTo("已停用");
        assertThat(user.get("/apps").path()).startsWith("/login");
        Page self = admin.submit(admin.get("/admin/users/admin"), "/admin/users/admin/disable", new FormData());
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.notesOf("username")).isEqualTo("不能停用自己的账号");
    }

    @Test
    void aYearsHolidaysAreEditedAsOneDatePerLineWithMessagesBesideTheField() {
        Browser admin = Browser.loggedIn(port, "admin");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 5;
        Page page = admin.get("/admin/calendar?year=" + year);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(year + " 年节假日安排");

        String bad = year + "-01-01 休\n" + year + "-13-01 休\n" + (year - 1) + "-12-31 班\n" + year + "-01-02 假\n";
        Page refused = admin.submit(page, "/admin/calendar", new FormData().add("year", year).add("days", bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("days")).contains("第 2 行", "日期应写作 yyyy-MM-dd", "第 3 行", "不属于 " + year + " 年",
                "第 4 行", "类型应为“休”（放假）或“班”（调休上班）");
        assertThat(refused.textarea("days")).isEqualTo(bad);

        String good = year + "-01-01 休\n" + year + "-10-01 休\n" + year + "-10-02 OFF\n" + year + "-09-26 班\n";
        Page saved = admin.submit(refused, "/admin/calendar", new FormData().add("year", year).add("days", good));
        assertThat(saved.path()).isEqualTo("/admin/calendar?year=" + year);
        assertThat(saved.textOfId("calendar-known")).isEqualTo("期限按下列安排计算工作日。");
        assertThat(saved.textarea("days")).isEqualTo(year + "-01-01 休\n" + year + "-09-26 班\n" + year + "-10-01 休\n"
                + year + "-10-02 休\n");
        assertThat(saved.text()).contains("节假日安排已保存");
        Page record = admin.get("/admin/changes?kind=CALENDAR");
        assertThat(record.text()).contains("维护节假日安排", String.valueOf(year), "放假 3 天、调休上班 1 天");
        Page tooFar = admin.submit(saved, "/admin/calendar", new FormData().add("year", year + 10)
                .add("days", (year + 10) + "-01-01 休"));
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.notesOf("year")).contains("只能维护");
    }

    @Test
    void catalogueEntriesAreAddedEditedAndRemovedWithMessagesBesideTheField() {
        Browser admin = Browser.loggedIn(port, "admin");
        String function = "页面功能" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        Page list = admin.get("/admin/catalogue?province=420000&keyword=社保");
        assertThat(list.text()).contains("鄂汇办", "社保查询");
        Page refused = admin.submit(list, "/admin/catalogue/new", new FormData().add("provinceCode", "420000")
                .add("platformName", "鄂汇办").add("functionName", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.notesOf("functionName")).isEqualTo("请填写功能名称");
        assertThat(refused.inputValue("platformName")).isEqualTo("鄂汇办");
        Page added = admin.submit(refused, "/admin/catalogue/new", new FormData().add("provinceCode", "420000")
                .add("platformName", "鄂汇办").add("functionName", function));
        assertThat(added.text()).contains("平台功能已新增");
        Matcher link = Pattern.compile("href=\"(/admin/catalogue/(\\d+))\">" + function + "<")
                .matcher(admin.get("/admin/catalogue?keyword=" + java.net.URLEncoder.encode(function,
                        java.nio.charset.StandardCharsets.UTF_8)).html());
        assertThat(link.find()).isTrue();
        Page entry = admin.get(link.group(1));
        Page duplicate = admin.submit(entry, link.group(1), new FormData().add("platformName", "鄂汇办")
                .add("functionName", "社保查询"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.notesOf("functionName")).isEqualTo("“鄂汇办”已有功能“社保查询”");
        Page edited = admin.submit(entry, link.group(1), new FormData().add("platformName", "鄂政通")
                .add("functionName", function));
        assertThat(edited.textOfId("entry-name")).isEqualTo("鄂政通 · " + function);
        Page removed = admin.submit(edited, link.group(1) + "/remove", new FormData());
        assertThat(removed.path()).isEqualTo("/admin/catalogue");
        assertThat(removed.text()).contains("平台功能已删除");
        assertThat(admin.get(link.group(1)).status()).isEqualTo(404);
        assertThat(admin.get("/admin/changes?kind=PLATFORM_FUNCTION").text())
                .contains("删除平台功能", "修改平台功能", "新增平台功能", function);
    }

    @Test
    void aDurationIsChangedAndResetOnItsPageWithTheRefusalBesideItsField() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page page = admin.get("/admin/durations");
        assertThat(page.textOfId("current-RESUBMIT")).isEqualTo("15");
        assertThat(page.textOfId("default-RESUBMIT")).isEqualTo("15");
        assertThat(page.text()).contains("退回后补正", "工作日");
        try {
            Page refused = admin.submit(page, "/admin/durations/RESUBMIT", new FormData().add("workingDays", "61"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.notesOf("days.RESUBMIT")).isEqualTo("“退回后补正”须在 1 至 60 个工作日之间");
            assertThat(refused.inputValue("workingDays")).as("the first line's input").isNotNull();
            Page notNumber = admin.submit(page, "/admin/durations/RESUBMIT", new FormData().add("workingDays", "十"));
            assertThat(notNumber.notesOf("days.RESUBMIT")).isEqualTo("请填写整数天数，收到“十”");
            Page saved = admin.submit(page, "/admin/durations/RESUBMIT", new FormData().add("workingDays", "12"));
            assertThat(saved.textOfId("current-RESUBMIT")).isEqualTo("12");
            assertThat(saved.textOfId("default-RESUBMIT")).isEqualTo("15");
            assertThat(saved.text()).contains("期限已修改", "由 admin 于");
            Page reset = admin.submit(saved, "/admin/durations/RESUBMIT/reset", new FormData());
            assertThat(reset.textOfId("current-RESUBMIT")).isEqualTo("15");
            assertThat(admin.get("/admin/changes?kind=DURATION").text()).contains("修改期限", "恢复默认期限",
                    "由 15 个工作日改为 12 个工作日");
        } finally {
            Page now = admin.get("/admin/durations");
            if (now.hasForm("/admin/durations/RESUBMIT/reset")) {
                admin.submit(now, "/admin/durations/RESUBMIT/reset", new FormData());
            }
        }
    }

    /** The rules a strict Content-Security-Policy and the message bundles set for every template of this area. */
    @Test
    void adminTemplatesHaveNoLiteralTextNoInlineScriptOrStyleAndEveryInputIsLabelled() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern bodyText = Pattern.compile(">([^<>]*[\\p{L}\\p{N}][^<>]*)</");
        Pattern inputId = Pattern.compile("<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")[^>]*?\\bid=\"([^\"]+)\"");
        List<Path> all = new ArrayList<>();
        for (Path dir : TEMPLATES) {
            try (Stream<Path> files = Files.list(dir)) {
                all.addAll(files.toList());
            }
        }
        {
            for (Path f : all) {
                String html = Files.readString(f).replaceAll("(?s)<!--.*?-->", "");
                Matcher text = bodyText.matcher(html);
                while (text.find()) {
                    problems.add(f.getFileName() + ": literal text “" + text.group(1).strip() + "”");
                }
                if (html.matches("(?s).*<script(?![^>]*th:src)[^>]*>.*")) {
                    problems.add(f.getFileName() + ": inline script");
                }
                if (html.matches("(?s).*\\s(on[a-z]+|style)=.*")) {
                    problems.add(f.getFileName() + ": on* or style attribute");
                }
                Matcher input = inputId.matcher(html);
                while (input.find()) {
                    String id = input.group(3);
                    if (!html.contains("for=\"" + id + "\"")) {
                        problems.add(f.getFileName() + ": no <label for=\"" + id + "\">");
                    }
                }
                if (html.matches("(?s).*<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")(?![^>]*\\bid=)(?![^>]*th:id=)[^>]*>.*")) {
                    problems.add(f.getFileName() + ": an input without an id (so without a label)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
