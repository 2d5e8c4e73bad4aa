package cn.recon.testing;

import cn.recon.ReconApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application (Flyway, job repository, jobs) against a test database. */
public final class Apps {

    private Apps() {
    }

    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> p = new HashMap<>(properties);
        p.putIfAbsent("logging.threshold.console", "WARN");
        p.putIfAbsent("recon.mappings-dir", java.nio.file.Path.of("mappings").toAbsolutePath().toString());
        p.putIfAbsent("recon.rules-file", java.nio.file.Path.of("config/rules.yml").toAbsolutePath().toString());
        // as command-line arguments, so that they win over config/application.yml
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ReconApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args);
    }
}
