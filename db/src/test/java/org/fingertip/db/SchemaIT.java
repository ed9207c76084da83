package org.fingertip.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the migration promises to others: Spring Session's tables under their own names, and room for a context. */
@SpringBootTest
class SchemaIT {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenASessionWithALargeAttribute_thenSpringSessionsStatementsStoreAndReadIt() {
        String primaryId = UUID.randomUUID().toString();
        byte[] context = new byte[200_000];
        Arrays.fill(context, (byte) 7);
        long now = System.currentTimeMillis();
        jdbc.update("INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, "
                        + "MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME) VALUES (?, ?, ?, ?, ?, ?, ?)",
                primaryId, UUID.randomUUID().toString(), now, now, 1800, now + 1_800_000, "zhang.san");
        jdbc.update("INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
                + "VALUES (?, ?, ?)", primaryId, "SPRING_SECURITY_CONTEXT", context);

        byte[] read = jdbc.queryForObject("SELECT SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S "
                + "JOIN SPRING_SESSION_ATTRIBUTES SA ON SA.SESSION_PRIMARY_ID = S.PRIMARY_ID WHERE S.PRIMARY_ID = ?",
                byte[].class, primaryId);
        jdbc.update("DELETE FROM SPRING_SESSION WHERE PRIMARY_ID = ?", primaryId);

        assertThat(read).isEqualTo(context);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES WHERE SESSION_PRIMARY_ID = ?",
                Integer.class, primaryId)).isZero();
    }

    @Test
    void givenChineseText_thenFourByteCharactersSurvive() {
        String code = TestTree.code();
        String name = "𠀀测试区划🙂";
        jdbc.update("INSERT INTO division (code, name, level, parent_code, path) VALUES (?, ?, 'PROVINCE', NULL, ?)",
                code, name, "/" + code + "/");

        assertThat(jdbc.queryForObject("SELECT name FROM division WHERE code = ?", String.class, code)).isEqualTo(name);
    }
}
