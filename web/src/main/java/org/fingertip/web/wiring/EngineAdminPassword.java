package org.fingertip.web.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * The engine's admin user never gets a default password (its own default is the user id). With
 * FINGERTIP_ENGINE_ADMIN_PASSWORD set, that is used. Otherwise the mysql profile refuses to start, and the embedded
 * default generates a random one, kept in a file readable only by its owner beside the H2 database.
 */
public class EngineAdminPassword implements EnvironmentPostProcessor, Ordered {
    static final String PROPERTY = "camunda.bpm.admin-user.password";

    /** After the configuration files are read, so that a password set in any of them counts. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String configured = env.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return;
        }
        if (Arrays.asList(env.getActiveProfiles()).contains("mysql")) {
            throw new IllegalStateException("Set FINGERTIP_ENGINE_ADMIN_PASSWORD: the process engine's admin user "
                    + "needs a password from configuration in the mysql profile.");
        }
        String file = env.getProperty("fingertip.engine.admin-password-file", "./data/engine-admin-password.txt");
        env.getPropertySources().addFirst(new MapPropertySource("engineAdminPassword",
                Map.of(PROPERTY, readOrCreate(Path.of(file)))));
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps its default permissions
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the engine admin password in " + file, e);
        }
    }
}
