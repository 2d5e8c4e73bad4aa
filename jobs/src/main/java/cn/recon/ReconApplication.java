package cn.recon;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind every command; {@code cn.recon.cli.Main} is the entry point. */
@SpringBootApplication
public class ReconApplication {

    public static void main(String[] args) {
        cn.recon.cli.Main.main(args);
    }
}
