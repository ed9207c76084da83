package org.fingertip.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EngineAdminPasswordTest {

    @TempDir
    Path dir;

    @Test
    void theMysqlProfileRefusesToStartWithoutAConfiguredPassword() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("mysql");
        assertThatThrownBy(() -> new EngineAdminPassword().postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FINGERTIP_ENGINE_ADMIN_PASSWORD");
    }

    @Test
    void aConfiguredPasswordIsKept() {
        MockEnvironment env = new MockEnvironment().withProperty(EngineAdminPassword.PROPERTY, "configured-secret");
        env.setActiveProfiles("mysql");
        new EngineAdminPassword().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty(EngineAdminPassword.PROPERTY)).isEqualTo("configured-secret");
    }

    @Test
    void theEmbeddedDefaultGeneratesARandomPasswordOnceAndKeepsItPrivate() throws Exception {
        Path file = dir.resolve("data/engine-admin-password.txt");
        MockEnvironment first = new MockEnvironment().withProperty("fingertip.engine.admin-password-file", file.toString());
        new EngineAdminPassword().postProcessEnvironment(first, new SpringApplication());
        String password = first.getProperty(EngineAdminPassword.PROPERTY);

        assertThat(password).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("engineadmin");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        MockEnvironment second = new MockEnvironment().withProperty("fingertip.engine.admin-password-file", file.toString());
        new EngineAdminPassword().postProcessEnvironment(second, new SpringApplication());
        assertThat(second.getProperty(EngineAdminPassword.PROPERTY)).isEqualTo(password);
    }
}
