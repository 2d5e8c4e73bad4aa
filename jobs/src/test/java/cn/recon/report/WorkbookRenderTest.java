package cn.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every workbook in LibreOffice (headless conversion to PDF): a file LibreOffice cannot read, or renders
 * without its text, fails here. Skipped, with a message, where LibreOffice is not installed. To look at the pages
 * yourself: {@code jobs/src/test/resources/check-workbooks.sh DIR}.
 */
class WorkbookRenderTest {

    @TempDir
    Path dir;

    static boolean onPath(String tool) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "cmd", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).as(String.join(" ", cmd)).isTrue();
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void everyWorkbookRendersInLibreOffice() throws IOException, InterruptedException {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed: skipping the rendering check "
                + "(apt-get install -y libreoffice-calc poppler-utils)");
        Path books = Files.createDirectories(dir.resolve("books"));
        WriteAllMain.writeAll(books, 300, MaskingSettings.defaults());
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.resolve("pdf").toString()));
        List<String> names = new ArrayList<>();
        try (var s = Files.list(books)) {
            s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(p -> {
                cmd.add(p.toString());
                names.add(p.getFileName().toString().replace(".xlsx", ""));
            });
        }
        assertThat(names).hasSize(4);
        String log = run(dir, cmd);
        for (String name : names) {
            Path pdf = dir.resolve("pdf").resolve(name + ".pdf");
            assertThat(pdf).as(log).exists();
            byte[] head = Files.readAllBytes(pdf);
            assertThat(new String(head, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            if (onPath("pdftotext")) {
                String text = run(dir, List.of("pdftotext", pdf.toString(), "-"));
                assertThat(text).as(name).contains("2026Q3").contains("序号");
                if (name.startsWith("季度比对分析报告")) {
                    assertThat(text).contains("各乡镇儿童数", "适龄失学", "数据质量", "生效的比对规则");
                }
                if (name.startsWith("辍学失学名单")) {
                    assertThat(text).contains("辍学失学儿童名单", "城关镇", "最后就读学校");
                }
            }
        }
    }
}
