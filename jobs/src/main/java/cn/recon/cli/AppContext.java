package cn.recon.cli;

import cn.recon.ReconApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command: the project's {@code config/} folder is read (application.yml,
 * application-mysql.yml), the database is migrated by Flyway, and the jobs are ready to start.
 */
final class AppContext {

    private AppContext() {
    }

    /** The project root: {@code -Drecon.home} as set by ./recon, else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("recon.home", System.getenv().getOrDefault("RECON_HOME", ".")))
                .toAbsolutePath().normalize();
    }

    /** @param overrides settings that win over config/application.yml (passed as command-line properties) */
    static ConfigurableApplicationContext start(DatabaseOptions db, Map<String, Object> overrides) {
        Path home = home();
        Map<String, Object> props = new HashMap<>();
        props.put("recon.home", home.toString());
        props.put("spring.config.additional-location", "optional:file:" + home.resolve("config") + "/");
        SpringApplicationBuilder b = new SpringApplicationBuilder(ReconApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(props);
        String profiles = db == null ? "" : db.profiles();
        if (!profiles.isEmpty()) {
            b.profiles(profiles.split(","));
        }
        ConfigurableApplicationContext context = b.run(overrides.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        LoggerFactory.getLogger(AppContext.class).info("recon home {}; {}", home, Jvm.summary());
        return context;
    }

    static ConfigurableApplicationContext start(DatabaseOptions db) {
        return start(db, Map.of());
    }
}
