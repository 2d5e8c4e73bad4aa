package cn.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path dir;

    static List<CSVRecord> read(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords();
        }
    }

    static String firstLine(Path p) throws IOException {
        String all = Files.readString(p, StandardCharsets.UTF_8);
        return all.substring(0, all.indexOf('\n'));
    }

    @Test
    void flagsCsvHasTheContractHeaderFullIdsAndRoundTripsAwkwardValues() throws IOException {
        List<FlagLine> flags = SyntheticFlags.list(300);
        FlagLine awkward = new FlagLine("2026Q3", "FIELD_CONFLICT", "NORMAL", "C9", "MZ1|MZ2", "G532822201001011234", "",
                "53282220100101123X", "玉罕·依, \"小\"", "城关镇", "新村", "NEW", "2026Q3",
                "出生日期不一致，\n户籍 \"2010-01-01\"", null, null, null, null, null, null, false, null);
        Path p = dir.resolve("flags.csv");
        ReportFile f;
        try (CsvOutput<FlagLine> out = CsvOutput.flags(p)) {
            flags.forEach(out::add);
            out.add(awkward);
            f = out.finish();
        }
        assertThat(firstLine(p)).isEqualTo("quarter,flag,severity,child_id,roster_key,school_key,hukou_key,"
                + "id_number,name,township,village,status,first_seen,detail");
        assertThat(Files.readAllBytes(p)[0]).as("no BOM").isEqualTo((byte) 'q');
        List<CSVRecord> rows = read(p);
        assertThat(rows).hasSize(301);
        assertThat(f.rows()).isEqualTo(301);
        assertThat(f.children()).isEqualTo(301);
        assertThat(f.recipient()).isEqualTo(Recipient.DATA_OFFICER);
        for (int i = 0; i < flags.size(); i++) {
            FlagLine in = flags.get(i);
            CSVRecord r = rows.get(i);
            assertThat(r.get("child_id")).isEqualTo(in.childId());
            assertThat(r.get("id_number")).isEqualTo(in.idNumber() == null ? "" : in.idNumber());
            assertThat(r.get("detail")).isEqualTo(in.detail());
        }
        CSVRecord last = rows.get(300);
        assertThat(last.get("name")).isEqualTo("玉罕·依, \"小\"");
        assertThat(last.get("detail")).isEqualTo("出生日期不一致，\n户籍 \"2010-01-01\"");
        assertThat(last.get("roster_key")).isEqualTo("MZ1|MZ2");
        assertThat(last.get("id_number")).as("flags.csv is the officer's file: full IDs").isEqualTo("53282220100101123X");
    }

    @Test
    void linksAndRejectsHaveTheirHeadersAndKeepEveryValue() throws IOException {
        Path links = dir.resolve("links.csv");
        ReportFile lf = CsvOutput.writeLinks(links, List.of(
                new LinkLine("C1", "hukou", "532822201001011234", "户籍,2026.csv", 2, "id", null),
                new LinkLine("C1", "school", "G532822201001011234", "学籍.xlsx", 5, "probabilistic", 0.98765),
                new LinkLine("C2", "roster", "MZ7", "roster.xlsx", 9, "review", 1.0),
                new LinkLine(null, "visits", "", "visits.csv", 12, "unlinked", null)));
        assertThat(firstLine(links)).isEqualTo("child_id,source,source_key,file,line,method,score");
        List<CSVRecord> l = read(links);
        assertThat(l).hasSize(4);
        assertThat(l.get(0).get("file")).isEqualTo("户籍,2026.csv");
        assertThat(l.get(0).get("score")).isEmpty();
        assertThat(l.get(1).get("score")).isEqualTo("0.98765");
        assertThat(l.get(2).get("score")).isEqualTo("1");
        assertThat(l.get(3).get("child_id")).isEmpty();
        assertThat(lf.children()).isEqualTo(2);
        assertThat(lf.rows()).isEqualTo(4);

        Path rejects = dir.resolve("rejects.csv");
        ReportFile rf = CsvOutput.writeRejects(rejects, List.of(
                new RejectLine("roster", "roster.csv", 17, "第17行既无姓名也无身份证号", ",,\"\",东门社区\n续行"),
                new RejectLine("hukou", "hukou.csv", 3, "姓名、公民身份号码均为空", "")));
        assertThat(firstLine(rejects)).isEqualTo("source,file,line,reason,raw");
        List<CSVRecord> r = read(rejects);
        assertThat(r).hasSize(2);
        assertThat(r.get(0).get("raw")).isEqualTo(",,\"\",东门社区\n续行");
        assertThat(r.get(0).get("line")).isEqualTo("17");
        assertThat(rf.children()).isZero();
        assertThat(rf.rows()).isEqualTo(2);
    }
}
