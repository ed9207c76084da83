package org.fingertip.db.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticePage;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Notices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class MyBatisNoticesIT {
    @Autowired
    Notices notices;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;
    @Autowired
    JdbcTemplate jdbc;

    TestTree tree;
    /** Recipients of this test only: the database is shared by the suite. */
    String supervisors;
    String otherSupervisors;

    @BeforeEach
    void freshRecipients() {
        tree = TestTree.saved(departments);
        supervisors = "supervisor:" + tree.city.code();
        otherSupervisors = "supervisor:" + tree.otherCity.code();
    }

    private Notice missed(String recipient, long subjectId, Long appId, int minute) {
        return notices.postOnce(Notice.of(recipient, NoticeKind.SELF_INSPECTION_MISSED, NoticeSubject.RECHECK,
                subjectId, appId, "应用“江城办𠀀”未在 10 个工作日内提交复核自查自评", at(minute)));
    }

    @Test
    void givenAPostedNotice_thenEveryFieldRoundTrips() {
        App app = apps.save(TestApps.draft(tree.cityUnit, "通知测试应用" + tree.suffix, at(0)));
        Notice posted = missed(supervisors, 41, app.id(), 1);

        assertThat(posted.id()).isNotNull();
        assertThat(notices.byId(posted.id())).contains(posted);
        Notice read = notices.byId(posted.id()).orElseThrow();
        assertThat(read.text()).contains("𠀀");
        assertThat(read.appId()).isEqualTo(app.id());
        assertThat(read.createdAt()).isEqualTo(at(1));
        assertThat(read.isRead()).isFalse();
    }

    @Test
    void givenTheSameEventPostedAgain_thenTheFirstIsReturnedAndNothingIsAdded() {
        Notice first = missed(supervisors, 42, null, 1);
        Notice again = missed(supervisors, 42, null, 5);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE recipient = ?", Long.class, supervisors))
                .isEqualTo(1);
        // the same subject to another recipient is another notice
        assertThat(missed(otherSupervisors, 42, null, 5).id()).isNotEqualTo(first.id());
    }

    @Test
    void givenSeveralRecipients_thenAPageListsTheirsNewestFirstWithTheUnreadCount() {
        Notice oldest = missed(supervisors, 51, null, 1);
        Notice middle = missed("user:" + tree.suffix, 52, null, 2);
        Notice newest = missed(supervisors, 53, null, 3);
        missed(otherSupervisors, 54, null, 4);

        List<String> mine = List.of(supervisors, "user:" + tree.suffix);
        NoticePage page = notices.forRecipients(mine, false, 0, 2);
        assertThat(page.items()).extracting(Notice::id).containsExactly(newest.id(), middle.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.unread()).isEqualTo(3);
        assertThat(notices.forRecipients(mine, false, 1, 2).items()).extracting(Notice::id)
                .containsExactly(oldest.id());

        notices.markRead(middle.id(), "supervisor.x", at(10));
        NoticePage unread = notices.forRecipients(mine, true, 0, 20);
        assertThat(unread.items()).extracting(Notice::id).containsExactly(newest.id(), oldest.id());
        assertThat(unread.total()).isEqualTo(2);
        assertThat(notices.forRecipients(mine, false, 0, 20).unread()).isEqualTo(2);
        assertThat(notices.forRecipients(List.of(), false, 0, 20).items()).isEmpty();
    }

    @Test
    void givenANoticeReadTwice_thenTheFirstReaderIsKept() {
        Notice n = missed(supervisors, 61, null, 1);
        notices.markRead(n.id(), "supervisor.first", at(10));
        notices.markRead(n.id(), "supervisor.second", at(20));

        Notice read = notices.byId(n.id()).orElseThrow();
        assertThat(read.readBy()).isEqualTo("supervisor.first");
        assertThat(read.readAt()).isEqualTo(at(10));
    }
}
