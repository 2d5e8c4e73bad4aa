package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.PersonName;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The precomputed readings of {@link Pinyin#TABLE} are ICU's, character by character. */
class PinyinTest {

    @Test
    void theTableIsWhatIcuReads() throws IOException {
        StringWriter expected = new StringWriter();
        Pinyin.write(expected);
        String table = "";
        try (InputStream in = Pinyin.class.getResourceAsStream(Pinyin.TABLE)) {
            if (in != null) {
                table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (!table.equals(expected.toString())) {
            Path fresh = Files.createTempFile("pinyin-readings", ".tsv");
            Files.writeString(fresh, expected.toString());
            throw new AssertionError(Pinyin.TABLE + " differs from what this ICU reads (a new ICU version?); the "
                    + "table it reads is in " + fresh.toAbsolutePath() + ": after checking the "
                    + "differences, copy it to jobs/src/main/resources/cn/recon/match/" + Pinyin.TABLE);
        }
    }

    @Test
    void namesReadFromTheTableAsPersonNameReadsThem() {
        for (String name : new String[] {"单明", "区志强", "曾国藩", "岩罕温", "玉香", "乜小妹", "覃㛃", "阿依古丽·买买提"}) {
            assertThat(Pinyin.of(name)).as(name).isEqualTo(PersonName.pinyin(name));
        }
    }
}
