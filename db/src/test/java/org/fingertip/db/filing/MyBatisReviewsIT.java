package org.fingertip.db.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.REVIEWER;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.filing.Reviews;
import org.fingertip.registry.form.FormSection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisReviewsIT {
    @Autowired
    Reviews reviews;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    @Test
    void givenReviewsOfAnApplication_thenEachReadsBackAndTheyListOldestFirst() {
        TestTree tree = TestTree.saved(departments);
        App app = apps.save(TestApps.underReview(completeForm(tree.countyUnit, "江岸教育"), tree.countyUnit, at(0)));
        List<Gap> gaps = List.of(new Gap(FormSection.HANDLER, "经办人邮箱无效"),
                new Gap(FormSection.FUNCTIONS, "“每日打卡”须删除或说明例外"));
        Review returned = new Review(null, app.id(), ReviewStep.FIRST_REVIEW, Decision.RETURN, "请一次性补正以下问题",
                gaps, REVIEWER, at(2));
        Review approved = new Review(null, app.id(), ReviewStep.PROVINCIAL_REVIEW, Decision.APPROVE, null, List.of(),
                "wang.wu", at(9));

        long approvedId = reviews.add(approved);
        long returnedId = reviews.add(returned);

        assertThat(reviews.byId(returnedId)).contains(new Review(returnedId, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.RETURN, "请一次性补正以下问题", gaps, REVIEWER, at(2)));
        assertThat(reviews.byId(approvedId).orElseThrow().comment()).isNull();
        assertThat(reviews.ofApp(app.id())).extracting(Review::id).containsExactly(returnedId, approvedId);
        assertThat(reviews.byId(-1)).isEmpty();
        assertThat(reviews.ofApp(-1)).isEmpty();
    }
}
