package org.fingertip.db.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.fingertip.db.TestTree;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.precheck.PlatformCatalogue.PlatformFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisPlatformCatalogueIT {
    @Autowired
    PlatformCatalogue catalogue;

    @Test
    void givenCatalogueEntries_thenThoseOfTheProvinceWithAnAskedNameMatch() {
        String province = TestTree.code();
        String other = TestTree.code();
        PlatformFunction booking = new PlatformFunction(province, "鄂汇办", "预约 挂号");
        PlatformFunction social = new PlatformFunction(province, "鄂汇办", "社保查询");
        catalogue.save(booking);
        catalogue.save(social);
        catalogue.save(new PlatformFunction(province, "鄂政通", "视频会议"));
        catalogue.save(new PlatformFunction(other, "湘易办", "预约挂号"));

        assertThat(catalogue.matching(province, Set.of("预约挂号", "社保查询", "在线办事")))
                .containsExactlyInAnyOrder(booking, social);
        assertThat(catalogue.matching(province, Set.of())).isEmpty();
    }

    @Test
    void givenAnEntrySavedTwice_thenItIsKeptOnce() {
        String province = TestTree.code();
        PlatformFunction booking = new PlatformFunction(province, "鄂汇办", "预约挂号");
        catalogue.save(booking);
        catalogue.save(booking);

        assertThat(catalogue.matching(province, Set.of("预约挂号"))).containsExactly(booking);
    }
}
