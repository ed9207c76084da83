package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.Download;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page shows the diagram of the case's process as an image served under the page's session login, and
 * lists the case's processes when there are several, each link showing its own diagram.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagramPagesIT {
    private static final Pattern IMAGE = Pattern.compile("<img src=\"(/apps/(\\d+)/diagram\\.svg\\?instance=([^\"]+))\"");

    @LocalServerPort
    int port;

    @Test
    void theCasePageShowsTheDiagramOfTheCaseInItsCurrentStep() {
        long id = new FilingSteps(new ApiClient(port)).createAndSubmit("applicant.wuhan",
                FormJson.complete(FormJson.uniqueName("武汉流程图页面")));
        Browser reviewer = Browser.loggedIn(port, "reviewer.wuhan");
        Page page = reviewer.get("/apps/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(section(page)).contains("流程图", "红框为当前步骤");
        Matcher image = IMAGE.matcher(page.html());
        assertThat(image.find()).as("the diagram image on %s", page).isTrue();
        assertThat(image.group(2)).isEqualTo(String.valueOf(id));
        assertThat(page.html()).contains("alt=\"“政务应用申请—审核—备案”流程图");
        assertThat(page.html()).as("one process: no list to choose from").doesNotContain("class=\"processes\"");

        Download svg = reviewer.download(image.group(1).replace("&amp;", "&"));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).isEqualTo("image/svg+xml;charset=UTF-8");
        String drawing = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(drawing).contains("data-element-id=\"Task_FirstReview\"")
                .containsPattern("class=\"element current\" data-element-id=\"Task_FirstReview\"");

        // who may not see the case sees neither the page nor its diagram
        Browser outsider = Browser.loggedIn(port, "reviewer.yichang");
        assertThat(outsider.get("/apps/" + id).status()).isEqualTo(404);
        assertThat(outsider.download("/apps/" + id + "/diagram.svg").status()).isEqualTo(404);
        assertThat(reviewer.get("/apps/" + id + "?instance=no-such-instance").status()).isEqualTo(404);
        assertThat(reviewer.download("/apps/" + id + "/diagram.svg?instance=no-such-instance").status()).isEqualTo(404);
    }

    private static String section(Page page) {
        Matcher m = Pattern.compile("<section id=\"diagram\">(.*?)</section>", Pattern.DOTALL).matcher(page.html());
        assertThat(m.find()).as("the diagram section of %s", page).isTrue();
        return Page.text(m.group(1));
    }

    @Test
    void aCaseWithSeveralProcessesListsThemAndEachLinkShowsItsDiagram() {
        ApiClient api = new ApiClient(port);
        FilingSteps steps = new FilingSteps(api);
        long id = steps.createAndSubmit("applicant.wuhan", FormJson.complete(FormJson.uniqueName("武汉两个流程")));
        steps.approve("reviewer.wuhan", id, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", id, "PROVINCIAL_REVIEW");
        api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", id, "category", "BURDEN", "finding", "要求每日签到")).expectJson(201);

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page page = supervisor.get("/apps/" + id);
        List<String> processes = Pattern.compile("data-instance=\"([^\"]+)\"").matcher(page.html()).results()
                .map(m -> m.group(1)).toList();
        assertThat(processes).hasSize(2);
        assertThat(section(page)).contains("整改台账事项（拉单挂账、逐一销号）", "政务应用申请—审核—备案", "进行中");
        Matcher shown = IMAGE.matcher(page.html());
        assertThat(shown.find()).isTrue();
        assertThat(shown.group(3)).as("the running ledger item first").isEqualTo(processes.get(0));

        Page filing = supervisor.get("/apps/" + id + "?instance=" + processes.get(1));
        assertThat(filing.status()).isEqualTo(200);
        Matcher filingImage = IMAGE.matcher(filing.html());
        assertThat(filingImage.find()).isTrue();
        assertThat(filingImage.group(3)).isEqualTo(processes.get(1));
        String drawing = new String(supervisor.download(filingImage.group(1)).body(), StandardCharsets.UTF_8);
        assertThat(drawing).contains("class=\"element passed\" data-element-id=\"EndEvent_Filed\"")
                .doesNotContain("class=\"element current\" data-element-id");
    }
}
