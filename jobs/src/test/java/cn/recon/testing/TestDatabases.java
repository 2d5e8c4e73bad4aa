package cn.recon.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real databases tests run against: an embedded H2 file database in a temporary folder, always; and the MariaDB
 * (or MySQL) server on 127.0.0.1:3306 (user root, empty password) when one answers. MySQL tests call
 * {@link #assumeMariaDb()}, which skips them with a message saying why.
 */
public final class TestDatabases {

    public static final String MARIADB_HOST = System.getProperty("recon.test.mysql.host", "127.0.0.1:3306");
    private static Boolean reachable;

    private TestDatabases() {
    }

    /** Spring properties for an H2 file database under the given folder. */
    public static Map<String, Object> h2(Path dir) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "/recon;AUTO_SERVER=TRUE");
        p.put("recon.home", dir.toAbsolutePath().toString());
        return p;
    }

    /** Spring properties for a fresh database {@code name} on the MariaDB server (dropped and created). */
    public static Map<String, Object> mariaDb(String name, Path dir) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.profiles.active", "mysql");
        p.put("spring.datasource.url", freshMariaDb(name));
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        p.put("recon.home", dir.toAbsolutePath().toString());
        return p;
    }

    /**
     * A plain data source on a fresh database {@code name} on the MariaDB server (dropped and created), for tests below
     * the application; skips the test when no server answers ({@link #assumeMariaDb()}).
     */
    public static DataSource mariaDbDataSource(String name) {
        assumeMariaDb();
        return new DriverManagerDataSource(freshMariaDb(name), "root", "");
    }

    /** Drops and creates database {@code name}; returns its JDBC URL. */
    private static String freshMariaDb(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + MARIADB_HOST + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:mysql://" + MARIADB_HOST + "/" + name;
    }

    public static boolean mariaDbReachable() {
        if (reachable == null) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://" + MARIADB_HOST + "/?connectTimeout=2000",
                    "root", "")) {
                reachable = c.isValid(2);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    public static void assumeMariaDb() {
        boolean ok = mariaDbReachable();
        if (!ok) {
            System.out.println("SKIPPED: no MariaDB/MySQL server answers on " + MARIADB_HOST
                    + " (user root, empty password); the MySQL variant of this test did not run");
        }
        Assumptions.assumeTrue(ok, "no MariaDB/MySQL on " + MARIADB_HOST + ": MySQL test skipped");
    }
}
