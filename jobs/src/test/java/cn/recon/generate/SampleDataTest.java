package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sample-data/ is exactly what the generator makes with the command in sample-data/README.md. */
class SampleDataTest {

    @Test
    void sampleDataIsReproducible(@TempDir Path out) throws IOException {
        Path sample = Path.of("sample-data");
        assertThat(sample.resolve("README.md")).exists();
        CountyGenerator.generate(new GenerateSettings("532822", 2000, Quarter.parse("2026Q2"), 2, 20260630L, out));
        List<Path> made = files(out);
        assertThat(files(sample)).containsAll(made);
        for (Path f : made) {
            boolean same = Arrays.equals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(sample.resolve(f)));
            assertThat(same).as("sample-data/%s is what the generator makes (regenerate it)", f).isTrue();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
