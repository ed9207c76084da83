package org.fingertip.db.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.util.UUID;

import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminChange;
import org.fingertip.registry.admin.AdminChanges;
import org.fingertip.registry.admin.AdminObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisAdminChangesIT {
    @Autowired
    AdminChanges changes;

    /** An object of this test only: the database is shared by the suite. */
    private static String key() {
        return "user." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void givenAChange_thenEveryFieldRoundTrips() {
        String key = key();
        String detail = "重置密码，下次登录须修改；𠀀" + "长".repeat(3000);
        AdminChange stored = changes.add(AdminChange.of(at(1), "admin", AdminAction.USER_RESET_PASSWORD,
                AdminObject.USER, key, detail));

        assertThat(stored.id()).isNotNull();
        AdminChanges.Page page = changes.page(new AdminChanges.Query(AdminObject.USER, key, 0, 10));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).containsExactly(stored);
        assertThat(page.items().get(0).detail()).isEqualTo(detail);
    }

    @Test
    void givenSeveralChanges_thenTheyArePagedNewestFirstAndFilteredByObject() {
        String key = key();
        AdminChange first = changes.add(AdminChange.of(at(1), "admin", AdminAction.USER_CREATE, AdminObject.USER, key,
                "新建"));
        AdminChange second = changes.add(AdminChange.of(at(2), "admin", AdminAction.USER_DISABLE, AdminObject.USER,
                key, "停用"));
        AdminChange sameMoment = changes.add(AdminChange.of(at(2), "admin", AdminAction.USER_ENABLE, AdminObject.USER,
                key, "启用"));
        changes.add(AdminChange.of(at(3), "admin", AdminAction.UNIT_RENAME, AdminObject.UNIT, key, "另一类对象"));

        AdminChanges.Page page0 = changes.page(new AdminChanges.Query(AdminObject.USER, key, 0, 2));
        AdminChanges.Page page1 = changes.page(new AdminChanges.Query(AdminObject.USER, key, 1, 2));
        assertThat(page0.total()).isEqualTo(3);
        assertThat(page0.items()).containsExactly(sameMoment, second);
        assertThat(page1.items()).containsExactly(first);
        assertThat(changes.page(new AdminChanges.Query(null, key, 0, 10)).total()).isEqualTo(4);
        assertThat(changes.page(new AdminChanges.Query(null, null, 0, 1)).total()).isGreaterThanOrEqualTo(4);
    }
}
