package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestParameters;
import cn.recon.jobs.JobRunner;
import cn.recon.person.Quarter;
import cn.recon.source.ExtractFolder;
import cn.recon.source.RowKeys;
import cn.recon.source.Source;
import cn.recon.testing.Apps;
import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The match step reads the sample county's files from the packs ingestion wrote, and receives exactly what it would
 * read from their rows: the same records, visits, roster spans, sources and lines. A file without packs, with a
 * pack of another format, or with a pack cut short, is read from its rows.
 */
class RecordPacksLoadTest {

    private static final Quarter Q = Quarter.parse("2026Q3");

    @TempDir
    Path dir;

    @Test
    void packsGiveTheMatchStepWhatTheRowsGiveIt() throws Exception {
        try (var ctx = Apps.start(TestDatabases.h2(dir))) {
            ingestSampleCounty(ctx);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            IngestFiles files = ctx.getBean(IngestFiles.class);
            for (Source s : Source.values()) {
                var f = files.current(s, Q).orElseThrow();
                Integer packed = jdbc.queryForObject("SELECT SUM(records) FROM record_pack WHERE file_id = ?",
                        Integer.class, f.fileId());
                assertThat(packed).as("records packed of %s", s).isEqualTo(f.rowsLoaded()).isPositive();
            }
            QuarterRecords rows = QuarterRecords.load(jdbc, files, Q, false);
            assertSame(QuarterRecords.load(jdbc, files, Q, true), rows);

            // a roster file ingested before packs existed; a 户籍 file with a pack of another format
            long roster = files.current(Source.ROSTER, Q).orElseThrow().fileId();
            jdbc.update("DELETE FROM record_pack WHERE file_id = ?", roster);
            long hukou = files.current(Source.HUKOU, Q).orElseThrow().fileId();
            long lastPack = jdbc.queryForObject("SELECT MAX(pack_key) FROM record_pack WHERE file_id = ?", Long.class,
                    hukou);
            byte[] data = jdbc.queryForObject("SELECT data FROM record_pack WHERE pack_key = ?", byte[].class,
                    lastPack);
            data[0] = 99;
            jdbc.update("UPDATE record_pack SET data = ? WHERE pack_key = ?", data, lastPack);
            assertThat(lastPack).isGreaterThan(RowKeys.first(hukou));
            assertSame(QuarterRecords.load(jdbc, files, Q, true), rows);

            // a 学籍 pack cut short (a damaged database): the file is read from its rows, nothing lost
            long school = files.current(Source.SCHOOL, Q).orElseThrow().fileId();
            long schoolPack = jdbc.queryForObject("SELECT MIN(pack_key) FROM record_pack WHERE file_id = ?",
                    Long.class, school);
            byte[] whole = jdbc.queryForObject("SELECT data FROM record_pack WHERE pack_key = ?", byte[].class,
                    schoolPack);
            jdbc.update("UPDATE record_pack SET data = ? WHERE pack_key = ?",
                    java.util.Arrays.copyOf(whole, whole.length - 3), schoolPack);
            assertSame(QuarterRecords.load(jdbc, files, Q, true), rows);
        }
    }

    private static void assertSame(QuarterRecords packed, QuarterRecords rows) {
        assertThat(packed.records).isNotEmpty().isEqualTo(rows.records);
        assertThat(packed.visits).isNotEmpty().isEqualTo(rows.visits);
        assertThat(packed.spans).isNotEmpty().isEqualTo(rows.spans);
        int n = rows.records.size() + rows.visits.size();
        for (int i = 0; i < n; i++) {
            assertThat(packed.source(i)).isEqualTo(rows.source(i));
            assertThat(packed.line(i)).as("line of record %d", i).isEqualTo(rows.line(i));
            assertThat(packed.fileId(i)).isEqualTo(rows.fileId(i));
        }
    }

    private void ingestSampleCounty(ConfigurableApplicationContext ctx) throws Exception {
        Map<Source, Path> files = ExtractFolder.extracts(Path.of("sample-data", "2026Q3"));
        var params = new IngestParameters(Q, files, Map.of()).addTo(new JobParametersBuilder()).toJobParameters();
        assertThat(ctx.getBean(JobRunner.class).run(ctx.getBean("ingestJob", Job.class), params).succeeded())
                .isTrue();
    }
}
