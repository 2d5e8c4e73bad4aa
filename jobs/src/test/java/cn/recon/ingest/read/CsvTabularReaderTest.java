package cn.recon.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.ingest.ExtractFileException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTabularReaderTest {

    static final HeaderSpec SPEC = new HeaderSpec(List.of(
            new HeaderSpec.Column("id_number", List.of("公民身份号码", "身份证号", "身份证号码"), true),
            new HeaderSpec.Column("name", List.of("姓名"), true),
            new HeaderSpec.Column("township", List.of("乡镇街道", "乡镇(街道)"), false),
            new HeaderSpec.Column("address", List.of("户籍地址", "住址"), false)), null, "户籍标准格式");

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset cs, boolean bom) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(dir.resolve(name), bytes);
    }

    static List<RawRow> all(TabularReader r) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = r.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private static final String SAMPLE = "姓名,公民身份号码,住址\r\n张三,11010519491231002X,北京市西城区\r\n李四,340524800101001,\"安徽省,某县\"\r\n";

    @Test
    void utf8WithoutBom() throws IOException {
        assertSample(write("a.csv", SAMPLE, StandardCharsets.UTF_8, false), "UTF-8");
    }

    @Test
    void utf8WithBom() throws IOException {
        assertSample(write("a.csv", SAMPLE, StandardCharsets.UTF_8, true), "UTF-8 with BOM");
    }

    @Test
    void gb18030DetectedWithoutBeingTold() throws IOException {
        assertSample(write("a.csv", SAMPLE, Charset.forName("GB18030"), false), "GB18030");
    }

    @Test
    void gbkIsReadAsGb18030() throws IOException {
        assertSample(write("a.csv", SAMPLE, Charset.forName("GBK"), false), "GB18030");
    }

    @Test
    void tabSeparated() throws IOException {
        String tsv = SAMPLE.replace(",", "\t").replace("\"安徽省\t某县\"", "安徽省,某县");
        Path f = write("a.txt", tsv, StandardCharsets.UTF_8, false);
        try (TabularReader r = TabularReader.open(f, SPEC)) {
            assertThat(r.describe()).contains("tab-separated");
            List<RawRow> rows = all(r);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).cell(2)).isEqualTo("安徽省,某县");
        }
    }

    private void assertSample(Path f, String encoding) throws IOException {
        try (TabularReader r = TabularReader.open(f, SPEC)) {
            assertThat(r.describe()).startsWith("CSV, " + encoding).contains("comma");
            assertThat(r.header().line()).isEqualTo(1);
            assertThat(r.header().column("name")).isEqualTo(0);
            assertThat(r.header().column("id_number")).isEqualTo(1);
            assertThat(r.header().column("address")).isEqualTo(2);
            assertThat(r.header().column("township")).isEqualTo(-1);
            List<RawRow> rows = all(r);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).line()).isEqualTo(2);
            assertThat(rows.get(0).cell(0)).isEqualTo("张三");
            assertThat(rows.get(1).cell(2)).isEqualTo("安徽省,某县");
            assertThat(rows.get(1).raw()).isEqualTo("李四,340524800101001,\"安徽省,某县\"");
            assertThat(rows.get(1).numeric(1)).isFalse();
        }
    }

    @Test
    void quotedNewlinesKeepLineNumbersRightAfterwards() throws IOException {
        String text = "姓名,身份证号,住址\n"
                + "张三,11010519491231002X,\"第一行\n第二行\n第三行\"\n"
                + "\n"
                + "李四,340524800101001,普通\n"
                + "王五,,\"a,\"\"b\"\"\"\n";
        try (TabularReader r = TabularReader.open(write("q.csv", text, StandardCharsets.UTF_8, false), SPEC)) {
            List<RawRow> rows = all(r);
            assertThat(rows).extracting(RawRow::line).containsExactly(2, 6, 7);
            assertThat(rows.get(0).cell(2)).isEqualTo("第一行\n第二行\n第三行");
            assertThat(rows.get(2).cell(2)).isEqualTo("a,\"b\"");
            assertThat(rows.get(2).cell(1)).isNull();
        }
    }

    @Test
    void titleRowsAboveTheHeaderAndMessyHeaderNames() throws IOException {
        String text = "XX县户籍人口名册,,\n导出日期：2026-09-30,,\n\n 姓  名 ,＊身份证号码＊, 乡镇（街道）* \n张三,11010519491231002X,城关镇\n";
        try (TabularReader r = TabularReader.open(write("t.csv", text, StandardCharsets.UTF_8, false), SPEC)) {
            assertThat(r.header().line()).isEqualTo(4);
            assertThat(r.header().column("id_number")).isEqualTo(1);
            assertThat(r.header().column("township")).isEqualTo(2);
            List<RawRow> rows = all(r);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).line()).isEqualTo(5);
            assertThat(rows.get(0).cell(2)).isEqualTo("城关镇");
        }
    }

    @Test
    void columnsInAnyOrderExtraColumnsIgnoredAndTheBestAliasWins() throws IOException {
        String text = "序号,身份证号码,备注,姓名,公民身份号码\n1,B,x,张三,A\n";
        try (TabularReader r = TabularReader.open(write("o.csv", text, StandardCharsets.UTF_8, false), SPEC)) {
            assertThat(r.header().column("id_number")).isEqualTo(4);
            assertThat(r.header().column("name")).isEqualTo(3);
            assertThat(all(r).get(0).cell(4)).isEqualTo("A");
        }
    }

    @Test
    void totalsRowIsMarked() throws IOException {
        String text = "姓名,身份证号\n张三,11010519491231002X\n合 计,1人\n";
        try (TabularReader r = TabularReader.open(write("s.csv", text, StandardCharsets.UTF_8, false), SPEC)) {
            List<RawRow> rows = all(r);
            assertThat(rows).extracting(RawRow::isTotals).containsExactly(false, true);
        }
    }

    @Test
    void missingRequiredColumnIsNamed() throws IOException {
        Path f = write("m.csv", "姓名,住址\n张三,某地\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TabularReader.open(f, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("m.csv").hasMessageContaining("缺少必需的列")
                .hasMessageContaining("公民身份号码").hasMessageContaining("身份证号码")
                .hasMessageNotContaining("姓名」");
    }

    @Test
    void noHeaderAtAll() throws IOException {
        Path f = write("n.csv", "a,b\n1,2\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TabularReader.open(f, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("找不到表头");
    }

    @Test
    void emptyFiles() throws IOException {
        Path empty = Files.write(dir.resolve("e.csv"), new byte[0]);
        assertThatThrownBy(() -> TabularReader.open(empty, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("e.csv").hasMessageContaining("空");
        Path blank = write("b.csv", "\r\n  \r\n,,\r\n", StandardCharsets.UTF_8, true);
        assertThatThrownBy(() -> TabularReader.open(blank, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("没有任何内容");
    }

    @Test
    void headerOnlyGivesNoRows() throws IOException {
        try (TabularReader r = TabularReader.open(write("h.csv", "姓名,身份证号\n", StandardCharsets.UTF_8, false),
                SPEC)) {
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void unclosedQuoteFailsWithTheLineItStartsOn() throws IOException {
        Path small = write("u.csv", "姓名,身份证号\n张三,1\n李四,\"2\n王五,3\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TabularReader.open(small, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageStartingWith("u.csv: 第 3 行起：CSV 格式错误").hasMessageContaining("引号");
        Path big = write("v.csv", "姓名,身份证号\n" + "张三,1\n".repeat(40) + "李四,\"2\n王五,3\n",
                StandardCharsets.UTF_8, false);
        try (TabularReader r = TabularReader.open(big, SPEC)) {
            for (int i = 0; i < 40; i++) {
                assertThat(r.next().line()).isEqualTo(i + 2);
            }
            assertThatThrownBy(r::next).isInstanceOf(IOException.class).hasMessageStartingWith("v.csv: 第 42 行起");
        }
    }

    @Test
    void encodingDetectionToleratesAStrayByteInUtf8() {
        byte[] utf8 = "姓名,身份证号\n张三,1\n李四,2\n王五,3\n赵六,4\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 2] = (byte) 0xFF;
        assertThat(TextEncoding.detect(utf8, utf8.length, true).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] gbk = "姓名,身份证号\n张三,1\n".getBytes(Charset.forName("GBK"));
        assertThat(TextEncoding.detect(gbk, gbk.length, true).charset()).isEqualTo(TextEncoding.GB18030);
        byte[] ascii = "a,b\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextEncoding.detect(ascii, ascii.length, true).charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
