package org.fingertip.db.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fingertip.db.TestTree;
import org.fingertip.registry.admin.CatalogueEntries;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.precheck.FunctionNames;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisCatalogueEntriesIT {
    @Autowired
    CatalogueEntries entries;
    @Autowired
    PlatformCatalogue catalogue;
    @Autowired
    Departments departments;

    @Test
    void givenEntriesAddedEditedAndRemoved_thenThePreCheckReadsTheCatalogueAsItIs() {
        String province = TestTree.saved(departments).province.code();
        CatalogueEntries.Entry social = entries.add(province, "鄂汇办", "社保查询");
        CatalogueEntries.Entry booking = entries.add(province, "鄂汇办", "在线预约");
        entries.add(province, "鄂政通", "视频会议");

        assertThat(entries.search(province, null, 0, 10).total()).isEqualTo(3);
        assertThat(entries.search(province, "鄂汇", 0, 10).items()).extracting(CatalogueEntries.Entry::functionName)
                .containsExactly("在线预约", "社保查询");
        assertThat(entries.search(province, "视频", 0, 10).items()).singleElement()
                .satisfies(e -> assertThat(e.platformName()).isEqualTo("鄂政通"));
        assertThat(entries.search(province, null, 1, 2).items()).hasSize(1);
        assertThat(entries.exists(province, "鄂汇办", " 社保 查询 ", null)).isTrue();
        assertThat(entries.exists(province, "鄂汇办", "社保查询", social.id())).isFalse();
        assertThat(entries.exists(province, "鄂政通", "社保查询", null)).isFalse();

        entries.update(booking.id(), "鄂汇办", "预约挂号");
        assertThat(entries.byId(booking.id())).contains(new CatalogueEntries.Entry(booking.id(), province, "鄂汇办",
                "预约挂号"));
        assertThat(catalogue.matching(province, List.of(FunctionNames.normalise("预约挂号"))))
                .extracting(PlatformCatalogue.PlatformFunction::functionName).containsExactly("预约挂号");
        assertThat(catalogue.matching(province, List.of(FunctionNames.normalise("在线预约")))).isEmpty();

        assertThat(entries.remove(social.id())).isTrue();
        assertThat(entries.remove(social.id())).isFalse();
        assertThat(entries.byId(social.id())).isEmpty();
        assertThat(catalogue.matching(province, List.of(FunctionNames.normalise("社保查询")))).isEmpty();
    }
}
