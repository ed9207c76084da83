package org.fingertip.db.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;

import java.util.Set;
import java.util.UUID;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.Reassignments;
import org.fingertip.registry.admin.UnitMerge;
import org.fingertip.registry.admin.UnitRules;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisReassignmentsIT {
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null);

    @Autowired
    Reassignments reassignments;
    @Autowired
    Departments departments;
    @Autowired
    Apps apps;
    @Autowired
    WorkItems work;
    @Autowired
    UserAccounts accounts;

    private WorkItem open(App app, TestTree tree, String group, String assignee) {
        WorkItem item = WorkItem.opened(UUID.randomUUID().toString(), "pi", "AppFilingProcess", "Task_Revise",
                "补正材料", app.id(), app.displayName(), tree.countyUnit.code(), tree.county.path(), group, assignee,
                at(0), at(60), at(30), 15);
        work.open(item);
        return item;
    }

    @Test
    void givenAMerge_thenTheUnitsUsersAndWorkRecordsMoveAndTheUnitIsMarked() {
        TestTree tree = TestTree.saved(departments);
        App app = apps.save(TestApps.draft(tree.countyUnit, "合并前应用" + tree.suffix, at(0)));
        App other = apps.save(TestApps.draft(tree.cityUnit, "目标单位应用" + tree.suffix, at(0)));
        String user = "leaver." + tree.suffix;
        accounts.save(new UserAccount(user, "{noop}x", "经办人", tree.countyUnit.code(), null, true,
                Set.of("APPLICANT")));
        String fromGroup = "applicant:" + tree.countyUnit.code();
        String toGroup = "applicant:" + tree.cityUnit.code();
        WorkItem open = open(app, tree, fromGroup, null);
        WorkItem held = open(app, tree, fromGroup, user);
        WorkItem ended = open(app, tree, fromGroup, null);
        work.end(ended.taskId(), WorkState.DONE, at(5), user, "已补正");

        assertThat(reassignments.appIdsOf(tree.countyUnit.code())).containsExactly(app.id());
        assertThat(reassignments.openTasksHeldBy(user)).containsExactly(held.taskId());

        UnitMerge merge = UnitRules.merge(ADMIN, tree.countyUnit, tree.cityUnit);
        assertThat(reassignments.moveUsers(tree.countyUnit.code(), tree.cityUnit.code())).isEqualTo(1);
        assertThat(reassignments.moveUnitRecords(merge)).isEqualTo(3);
        assertThat(reassignments.regroupOpenWork(fromGroup, toGroup)).isEqualTo(2);
        reassignments.markMerged(tree.countyUnit.code(), tree.cityUnit.code(), at(9));

        assertThat(accounts.find(user).orElseThrow().unitCode()).isEqualTo(tree.cityUnit.code());
        assertThat(work.byId(open.taskId()).orElseThrow()).satisfies(w -> {
            assertThat(w.candidateGroup()).isEqualTo(toGroup);
            assertThat(w.unitCode()).isEqualTo(tree.cityUnit.code());
            assertThat(w.divisionPath()).isEqualTo(tree.city.path());
        });
        assertThat(work.byId(ended.taskId()).orElseThrow()).satisfies(w -> {
            assertThat(w.candidateGroup()).as("an ended task keeps who could act").isEqualTo(fromGroup);
            assertThat(w.unitCode()).isEqualTo(tree.cityUnit.code());
        });
        assertThat(departments.unit(tree.countyUnit.code()).orElseThrow().mergedInto())
                .isEqualTo(tree.cityUnit.code());
        assertThat(departments.unit(tree.cityUnit.code()).orElseThrow().isMerged()).isFalse();
        assertThat(reassignments.appIdsOf(tree.cityUnit.code())).containsExactly(other.id());
    }
}
