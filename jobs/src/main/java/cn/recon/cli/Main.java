package cn.recon.cli;

/** Command-line entry point (placeholder until the picocli commands land). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("recon");
    }
}
