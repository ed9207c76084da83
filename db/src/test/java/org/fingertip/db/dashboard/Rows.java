package org.fingertip.db.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fingertip.registry.department.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows written straight into the tables the dashboard reads, each with what a figure looks at and nothing more: the
 * states are given, not reached (the read side is under test here; the transitions have their own tests).
 */
final class Rows {
    private final JdbcTemplate jdbc;

    Rows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long app(Unit owner, String status, String kind, Instant statusSince) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO app (name, kind, audience, owner_unit_code, owner_division_path, "
                    + "level, status, status_since, form_json, findings_json, gaps_json, created_by, created_at, version) "
                    + "VALUES (?, ?, 'PUBLIC', ?, ?, ?, ?, ?, '{}', '[]', '[]', 'test', ?, 1)", new String[] {"id"});
            ps.setString(1, "看板测试" + UUID.randomUUID().toString().substring(0, 8));
            ps.setString(2, kind);
            ps.setString(3, owner.code());
            ps.setString(4, owner.division().path());
            ps.setString(5, owner.level().name());
            ps.setString(6, status);
            ps.setTimestamp(7, Timestamp.from(statusSince));
            ps.setTimestamp(8, Timestamp.from(statusSince));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void change(long appId, Unit owner, String state, Instant submittedAt) {
        boolean open = state.equals("UNDER_REVIEW") || state.equals("RETURNED");
        jdbc.update("INSERT INTO change_filing (app_id, app_name, filing_number, owner_unit_code, owner_division_path, "
                + "proposed_owner_unit_code, previous_form_json, proposed_form_json, effective_date, changed_sections, "
                + "findings_json, gaps_json, state, state_since, open_app_id, filed_by, filed_at, submitted_by, "
                + "submitted_at, version) VALUES (?, '变更', ?, ?, ?, ?, '{}', '{}', ?, 'IDENTITY', '[]', '[]', ?, ?, ?, "
                + "'test', ?, 'test', ?, 1)", appId, "鄂政应备看板" + appId + "号", owner.code(),
                owner.division().path(), owner.code(), LocalDate.of(2026, 12, 31), state, Timestamp.from(submittedAt),
                open ? appId : null, Timestamp.from(submittedAt), Timestamp.from(submittedAt));
    }

    void concludedRecheck(long appId, Unit owner, Instant at) {
        jdbc.update("INSERT INTO recheck (app_id, app_name, owner_unit_code, owner_division_path, trigger_kind, state, "
                + "self_inspection_late, started_by, started_at, concluded_at, version) "
                + "VALUES (?, '复核', ?, ?, 'CYCLE', 'CONCLUDED', FALSE, 'test', ?, ?, 1)", appId, owner.code(),
                owner.division().path(), Timestamp.from(at), Timestamp.from(at));
    }

    void exit(long appId, Unit owner, String state, boolean toPlatform, Instant at) {
        jdbc.update("INSERT INTO app_exit (app_id, open_app_id, app_name, owner_unit_code, owner_division_path, "
                + "trigger_kind, state, to_platform, deregistration_late, deadline_missed, details_json, started_by, "
                + "started_at, version) VALUES (?, ?, '退出', ?, ?, 'OWNER', ?, ?, FALSE, FALSE, '{}', 'test', ?, 1)",
                appId, state.equals("EXITED") ? null : appId, owner.code(), owner.division().path(), state, toPlatform,
                Timestamp.from(at));
    }

    void ledgerItem(long appId, Unit owner, String category, String state, Instant deadline) {
        jdbc.update("INSERT INTO ledger_item (app_id, app_name, owner_unit_code, owner_division_path, category, finding, "
                + "source, state, state_since, deadline, extended, opened_by, opened_at, version) "
                + "VALUES (?, '台账', ?, ?, ?, '问题', 'SUPERVISOR', ?, ?, ?, FALSE, 'test', ?, 1)", appId,
                owner.code(), owner.division().path(), category, state, Timestamp.from(deadline),
                Timestamp.from(deadline), Timestamp.from(deadline));
    }

    void inventoryEntry(long appId, Unit owner, LocalDate deadline) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO inventory_import (file_name, imported_by, imported_at, data_rows, "
                    + "created_count, updated_count, unchanged_count, rejected_count, rejected_json) "
                    + "VALUES ('看板.csv', 'test', ?, 1, 1, 0, 0, 0, '[]')", new String[] {"id"});
            ps.setTimestamp(1, Timestamp.from(Instant.parse("2026-03-01T00:00:00Z")));
            return ps;
        }, key);
        jdbc.update("INSERT INTO app_inventory (app_id, unit_code, normalised_name, kind, name, audience, stores_json, "
                + "launch_date, filing_deadline, import_id, import_line, created_by, created_at, updated_by, updated_at) "
                + "VALUES (?, ?, ?, 'APP', '存量', 'PUBLIC', '[]', ?, ?, ?, 2, 'test', ?, 'test', ?)", appId,
                owner.code(), "存量" + appId, LocalDate.of(2024, 1, 1), deadline, key.getKey().longValue(),
                Timestamp.from(Instant.parse("2026-03-01T00:00:00Z")), Timestamp.from(Instant.parse("2026-03-01T00:00:00Z")));
    }

    long evaluation(long appId, Instant at, String... burdens) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO evaluation (app_id, reporter, rating, anonymous, at) "
                    + "VALUES (?, 'observer.x', 2, FALSE, ?)", new String[] {"id"});
            ps.setLong(1, appId);
            ps.setTimestamp(2, Timestamp.from(at));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        for (String b : burdens) {
            jdbc.update("INSERT INTO evaluation_burden (evaluation_id, app_id, reporter, category, at) "
                    + "VALUES (?, ?, 'observer.x', ?, ?)", id, appId, b, Timestamp.from(at));
        }
        return id;
    }

    void task(Long appId, Unit owner, String processKey, String taskKey, String state, Instant due) {
        jdbc.update("INSERT INTO work_task (task_id, process_instance_id, process_key, task_key, name, app_id, unit_code, "
                + "division_path, candidate_group, delegated, created_at, due_at, state) "
                + "VALUES (?, 'pi', ?, ?, '任务', ?, ?, ?, 'reviewer:x', FALSE, ?, ?, ?)",
                "t-" + UUID.randomUUID(), processKey, taskKey, appId, owner.code(), owner.division().path(),
                Timestamp.from(due.minusSeconds(86_400 * 10)), Timestamp.from(due), state);
    }
}
