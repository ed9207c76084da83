package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notices page: a notice to the Wuhan supervisors shows for supervisor.wuhan only, links its app, and once marked
 * read it says by whom; a notice of another post cannot be marked read by anyone outside it.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticePagesIT {
    @LocalServerPort
    int port;
    @Autowired
    NoticeService notices;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aSupervisorSeesTheEscalationsToItsPostAndMarksThemRead() {
        long subject = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        String text = "复核 " + subject + "：主办单位未在期限内提交自查自评，已按事实研判";
        Notice posted = tx.execute(s -> notices.post("supervisor:420100", NoticeKind.SELF_INSPECTION_MISSED,
                NoticeSubject.RECHECK, subject, null, text));

        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page page = supervisor.get("/notices?unread=true");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("通知", "复核自查逾期", text, "标记已读");
        assertThat(page.html()).contains("data-notice=\"" + posted.id() + "\"");

        assertThat(Browser.loggedIn(port, "supervisor.hubei").get("/notices").html())
                .doesNotContain("data-notice=\"" + posted.id() + "\"");
        Browser yichang = Browser.loggedIn(port, "reviewer.yichang");
        Page own = yichang.get("/notices");
        assertThat(own.status()).isEqualTo(200);
        Page foreign = yichang.post("/notices/" + posted.id() + "/read",
                new FormData().add("_csrf", Page.csrfOf(own.form("/logout"))));
        assertThat(foreign.status()).isEqualTo(404);

        Page read = supervisor.submit(page, "/notices/" + posted.id() + "/read", new FormData());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.path()).isEqualTo("/notices");
        assertThat(read.text()).contains("已标记为已读", "supervisor.wuhan 于");
        assertThat(supervisor.get("/notices?unread=true").html()).doesNotContain("data-notice=\"" + posted.id() + "\"");
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/notices").status()).isEqualTo(200);
        assertThat(supervisor.get("/notices?page=-1").status()).isEqualTo(400);
    }
}
