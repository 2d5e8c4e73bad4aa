package cn.recon.cli;

import picocli.CommandLine.Option;

/** Options every command that opens the database shares. */
public class DatabaseOptions {

    @Option(names = "--mysql", description = "Use MySQL/MariaDB (profile 'mysql'; URL, user and password from "
            + "RECON_DB_URL, RECON_DB_USER, RECON_DB_PASSWORD) instead of the embedded database under data/.")
    boolean mysql;

    @Option(names = "--profile", description = "Spring profile(s) to activate, comma separated (advanced).")
    String profile;

    String profiles() {
        String p = mysql ? "mysql" : "";
        if (profile != null && !profile.isBlank()) {
            p = p.isEmpty() ? profile : p + "," + profile;
        }
        return p;
    }
}
