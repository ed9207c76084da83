package org.fingertip.web.page;

import java.util.concurrent.atomic.AtomicLong;

import org.fingertip.web.page.Browser.FormData;

/** The filing form as a browser posts it: every input of the page, a complete one unless a test takes a field out. */
final class FilingForms {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FilingForms() {
    }

    /** A name used by no other test and no seeded app. */
    static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A complete form of applicant.wuhan's unit: a public APP with two functions unique to it (no duplicate or
     * platform finding), no ban, and one blank function row, as the page leaves it.
     */
    static FormData complete(String name) {
        String tag = Long.toString(SEQUENCE.incrementAndGet()) + (System.nanoTime() % 10_000);
        return new FormData()
                .add("ownerDepartmentCode", "420100-007")
                .add("name", name)
                .add("kind", "APP")
                .add("audience", "PUBLIC")
                .add("stores", "华为应用市场\n苹果 App Store")
                .add("packageName", "cn.gov.wuhan.page" + tag)
                .add("handler.name", "李华")
                .add("handler.post", "信息科科员")
                .add("handler.phone", "13912345678")
                .add("handler.email", "lihua@wuhan.gov.cn")
                .add("projectApproval.reference", "武政数〔2026〕8号")
                .add("projectApproval.budgetSource", "市级财政资金")
                .add("projectApproval.fitsDigitalPlan", "true")
                .add("projectApproval.duplicatesExisting", "false")
                .add("projectApproval.couldBeModule", "false")
                .add("projectApproval.sharesData", "true")
                .add("projectApproval.justification", "")
                .add("functions[0].name", "占道经营线索登记" + tag)
                .add("functions[0].category", "SERVICE")
                .add("functions[0].exceptionReason", "")
                .add("functions[1].name", "执法文书送达查询" + tag)
                .add("functions[1].category", "SERVICE")
                .add("functions[1].exceptionReason", "")
                .add("functions[2].name", "")
                .add("functions[2].category", "")
                .add("functions[2].exceptionReason", "")
                .add("operations.team", "市城管委信息中心")
                .add("operations.securityTested", "true")
                .add("operations.mlpsLevel", "2")
                .add("operations.mlpsAssessed", "true")
                .add("acceptance.date", "2026-03-18")
                .add("acceptance.result", "通过上线验收")
                .add("similarApps", "")
                .add("noSimilarApps", "true")
                .add("_noSimilarApps", "on")
                .add("commitmentSigned", "true")
                .add("_commitmentSigned", "on");
    }
}
