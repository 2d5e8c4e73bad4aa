package cn.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.jobs.JobRunner;
import cn.recon.person.IdNumber;
import cn.recon.person.Quarter;
import cn.recon.source.ExtractFolder;
import cn.recon.source.Source;
import cn.recon.testing.Apps;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest job through Spring Batch against a real database: what must hold on H2 and on MariaDB alike. Subclasses
 * say which database.
 */
abstract class IngestJobContract {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Quarter Q = Quarter.parse("2026Q3");

    @TempDir
    Path dir;

    ConfigurableApplicationContext ctx;
    JdbcTemplate jdbc;

    abstract Map<String, Object> database(Path dir);

    /** SQL that widens a column, in this database's dialect. */
    abstract String widenNameColumns();

    void start(Map<String, Object> extra) {
        Map<String, Object> p = new java.util.HashMap<>(database(dir));
        p.putAll(extra);
        ctx = Apps.start(p);
        jdbc = ctx.getBean(JdbcTemplate.class);
    }

    @AfterEach
    void stop() {
        if (ctx != null) {
            ctx.close();
        }
    }

    JobExecution ingest(Map<Source, Path> files) throws Exception {
        var params = new IngestParameters(Q, files, Map.of()).toJobParameters();
        return ctx.getBean(JobRunner.class).run(ctx.getBean("ingestJob", Job.class), params).execution();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A 户籍 CSV in GB18030 with {@code n} children, one adult and one row that identifies nobody. */
    Path hukouCsv(String name, int n, int longNameAt) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("公民身份号码,姓名,性别,出生日期,乡镇街道,村居委会,人员状态");
        for (int i = 0; i < n; i++) {
            String nm = i == longNameAt ? "岩".repeat(150) : "岩温" + i;
            lines.add(id(String.format("53282220150101%03d", i % 1000)) + "," + nm + ",男,2015-01-01,勐混镇,曼国村,正常");
        }
        lines.add(id("53282219800101001") + ",玉罕,女,1980-01-01,勐混镇,曼国村,正常");
        lines.add(",,男,,勐混镇,曼国村,正常");
        Path f = dir.resolve(name);
        Files.write(f, (String.join("\r\n", lines) + "\r\n").getBytes(GB18030));
        return f;
    }

    Path rosterCsv(boolean withCategoryColumn) throws Exception {
        String header = "儿童编号,姓名,性别,身份证号,乡镇（街道）,村（社区）," + (withCategoryColumn ? "儿童类别," : "")
                + "在册状态";
        String row = "R001,玉香,女,,勐混镇,曼国村," + (withCategoryColumn ? "农村留守儿童," : "") + "在册";
        Path f = dir.resolve("roster.csv");
        Files.write(f, ("\uFEFF" + header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void loadsEveryRowRejectsNobodyRowsSkipsAdultsAndNeverLoadsTheSameFileTwice() throws Exception {
        start(Map.of());
        Path hukou = hukouCsv("hukou.csv", 30, -1);
        Map<Source, Path> files = new EnumMap<>(Source.class);
        files.put(Source.HUKOU, hukou);
        files.put(Source.ROSTER, rosterCsv(true));

        JobExecution first = ingest(files);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("hukou_record")).isEqualTo(30);
        assertThat(count("roster_record")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT kind FROM ingest_reject ORDER BY line_no", String.class))
                .containsExactly("SKIPPED", "REJECTED");
        assertThat(jdbc.queryForObject("SELECT reason FROM ingest_reject WHERE kind = 'REJECTED'", String.class))
                .isNotBlank();

        // the same files again: the job instance is complete, nothing is loaded
        ingest(files);
        // the same content under another name, alone: recognised by SHA-256, not loaded twice
        Path copy = Files.copy(hukou, dir.resolve("hukou-copy.csv"));
        JobExecution third = ingest(Map.of(Source.HUKOU, copy));
        assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("hukou_record")).isEqualTo(30);
        assertThat(count("ingest_file")).isEqualTo(2);

        // a newer extract of the same source and quarter supersedes the older one
        JobExecution newer = ingest(Map.of(Source.HUKOU, hukouCsv("hukou-newer.csv", 12, -1)));
        assertThat(newer.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        IngestFiles register = ctx.getBean(IngestFiles.class);
        assertThat(register.current(Source.HUKOU, Q).orElseThrow().fileName()).isEqualTo("hukou-newer.csv");
        assertThat(register.all()).extracting(IngestFiles.FileEntry::status)
                .containsExactly("SUPERSEDED", "LOADED", "LOADED");
    }

    @Test
    void theSampleCountyIsLoadedRowForRowAsItsTruthSays() throws Exception {
        start(Map.of());
        Path q3 = Path.of("sample-data", "2026Q3");
        Map<Source, Path> files = ExtractFolder.extracts(q3);
        assertThat(ingest(files).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // truth/links.csv has one row per data row; adults (true_child A…) are skipped, and so is the 学籍 totals row
        Map<String, int[]> truth = new java.util.HashMap<>();
        List<String> truthRows = Files.readAllLines(q3.resolve("truth/links.csv"));
        for (String line : truthRows.subList(1, truthRows.size())) {
            String[] f = line.split(",");
            int[] c = truth.computeIfAbsent(f[0], k -> new int[2]);
            c[f[f.length - 1].startsWith("A") ? 1 : 0]++;
        }
        assertThat(count("hukou_record")).isEqualTo(truth.get("hukou")[0]);
        assertThat(count("school_record")).isEqualTo(truth.get("school")[0]);
        assertThat(count("roster_record")).isEqualTo(truth.get("roster")[0]);
        assertThat(count("visit_record")).isEqualTo(truth.get("visits")[0]);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_reject WHERE kind = 'SKIPPED'", Integer.class))
                .isEqualTo(truth.get("hukou")[1] + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_reject WHERE kind = 'REJECTED'", Integer.class))
                .isZero();
        // the damage is noted on the records, not dropped: mistyped IDs are loaded with their problem
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_record WHERE id_problem IS NOT NULL",
                Integer.class)).isPositive();
    }

    @Test
    void aMissingRequiredColumnStopsTheRunBeforeAnythingIsLoadedAndNamesTheColumn() throws Exception {
        start(Map.of());
        Map<Source, Path> files = new EnumMap<>(Source.class);
        files.put(Source.HUKOU, hukouCsv("hukou.csv", 5, -1));
        files.put(Source.ROSTER, rosterCsv(false));

        JobExecution e = ingest(files);
        assertThat(e.getStatus()).isEqualTo(BatchStatus.FAILED);
        String message = e.getAllFailureExceptions().get(0).getMessage();
        assertThat(message).contains("roster.csv").contains("儿童类别");
        assertThat(count("hukou_record")).isZero();
        assertThat(count("roster_record")).isZero();
    }

    @Test
    void aRunThatFailsPartWayIsResumedWithNoRowTwiceAndNoneLost() throws Exception {
        start(Map.of("recon.ingest.chunk-size", "10"));
        Path hukou = hukouCsv("hukou.csv", 100, 55);
        Map<Source, Path> files = Map.of(Source.HUKOU, hukou);

        JobExecution failed = ingest(files);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(count("hukou_record")).isEqualTo(50);   // five chunks of ten committed before line 57 failed

        jdbc.execute(widenNameColumns());                      // the operator fixes the cause
        JobExecution resumed = ingest(files);                  // same command again = restart
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(count("hukou_record")).isEqualTo(100);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_no) FROM hukou_record", Integer.class))
                .isEqualTo(100);
        assertThat(ctx.getBean(IngestFiles.class).current(Source.HUKOU, Q)).get()
                .extracting(IngestFiles.FileEntry::rowsLoaded).isEqualTo(100);
    }

    @Test
    void aFileThatFailedPartWayIsLoadedAfreshByAnotherRunWithItsPacks() throws Exception {
        start(Map.of("recon.ingest.chunk-size", "10"));
        Path hukou = hukouCsv("hukou.csv", 100, 55);
        assertThat(ingest(Map.of(Source.HUKOU, hukou)).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(count("hukou_record")).isEqualTo(50);
        assertThat(count("record_pack")).isEqualTo(5);          // one pack per committed chunk

        jdbc.execute(widenNameColumns());
        // another run (other files beside it): the FAILED file is taken over and loaded from its first line again
        JobExecution other = ingest(Map.of(Source.HUKOU, hukou, Source.ROSTER, rosterCsv(true)));
        assertThat(other.getStatus()).as(() -> other.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        long file = ctx.getBean(IngestFiles.class).current(Source.HUKOU, Q).orElseThrow().fileId();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hukou_record WHERE file_id = ?", Integer.class, file))
                .isEqualTo(100);
        assertThat(jdbc.queryForObject("SELECT SUM(records) FROM record_pack WHERE file_id = ?", Integer.class, file))
                .isEqualTo(100);
    }
}
