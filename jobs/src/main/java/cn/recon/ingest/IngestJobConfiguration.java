package cn.recon.ingest;

import cn.recon.jobs.ProgressListener;
import cn.recon.jobs.RunOwner;
import cn.recon.person.Quarter;
import cn.recon.source.BulkInsert;
import cn.recon.source.RecordTable;
import cn.recon.source.Source;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: check every given extract as a whole, then load each source in its own restartable step.
 * Job parameters: see {@link IngestParameters}.
 */
@Configuration
class IngestJobConfiguration {

    @Bean
    Job ingestJob(JobRepository jobRepository, RunOwner runOwner, Step checkExtractsStep, Step ingestHukouStep,
            Step ingestSchoolStep, Step ingestRosterStep, Step ingestVisitsStep) {
        return new JobBuilder("ingestJob", jobRepository)
                .listener(runOwner)
                .start(checkExtractsStep)
                .next(ingestHukouStep).next(ingestSchoolStep).next(ingestRosterStep).next(ingestVisitsStep)
                .build();
    }

    @Bean
    ExtractOpener extractOpener(@Value("${recon.mappings-dir}") Path mappingsDir) {
        return ExtractReaders.opener(mappingsDir);
    }

    @Bean
    Step checkExtractsStep(JobRepository jobRepository, PlatformTransactionManager tx, ExtractOpener opener) {
        return new StepBuilder("checkExtractsStep", jobRepository)
                .tasklet(new CheckExtractsTasklet(opener), tx)
                .build();
    }

    @Bean
    Step ingestHukouStep(IngestSteps steps, ExtractItemReader hukouReader, JdbcTemplate jdbc) {
        return steps.step("ingestHukouStep", Source.HUKOU, hukouReader, jdbc);
    }

    @Bean
    Step ingestSchoolStep(IngestSteps steps, ExtractItemReader schoolReader, JdbcTemplate jdbc) {
        return steps.step("ingestSchoolStep", Source.SCHOOL, schoolReader, jdbc);
    }

    @Bean
    Step ingestRosterStep(IngestSteps steps, ExtractItemReader rosterReader, JdbcTemplate jdbc) {
        return steps.step("ingestRosterStep", Source.ROSTER, rosterReader, jdbc);
    }

    @Bean
    Step ingestVisitsStep(IngestSteps steps, ExtractItemReader visitsReader, JdbcTemplate jdbc) {
        return steps.step("ingestVisitsStep", Source.VISITS, visitsReader, jdbc);
    }

    @Bean
    @StepScope
    ExtractItemReader hukouReader(@Value("#{stepExecution}") StepExecution se, IngestFiles files, ExtractOpener o) {
        return reader(Source.HUKOU, se, files, o);
    }

    @Bean
    @StepScope
    ExtractItemReader schoolReader(@Value("#{stepExecution}") StepExecution se, IngestFiles files, ExtractOpener o) {
        return reader(Source.SCHOOL, se, files, o);
    }

    @Bean
    @StepScope
    ExtractItemReader rosterReader(@Value("#{stepExecution}") StepExecution se, IngestFiles files, ExtractOpener o) {
        return reader(Source.ROSTER, se, files, o);
    }

    @Bean
    @StepScope
    ExtractItemReader visitsReader(@Value("#{stepExecution}") StepExecution se, IngestFiles files, ExtractOpener o) {
        return reader(Source.VISITS, se, files, o);
    }

    private static ExtractItemReader reader(Source s, StepExecution se, IngestFiles files, ExtractOpener opener) {
        var p = se.getJobParameters();
        return new ExtractItemReader(s, IngestParameters.file(p, s), p.getString(s.key() + ".sha256"),
                Quarter.parse(p.getString(IngestParameters.QUARTER)), IngestParameters.mapping(p, s),
                se.getJobExecutionId(), files, opener);
    }

    @Bean
    IngestSteps ingestSteps(JobRepository jobRepository, PlatformTransactionManager tx, IngestFiles files,
            ProgressListener ingestProgress, BulkInsert bulk, @Value("${recon.ingest.chunk-size:2000}") int chunkSize) {
        return new IngestSteps(jobRepository, tx, new IngestStepListener(files), ingestProgress, bulk, chunkSize);
    }

    @Bean
    ProgressListener ingestProgress() {
        return new ProgressListener();
    }

    /** Builds the chunk-oriented step of one source: reader → batched writer, with the file register listener. */
    record IngestSteps(JobRepository jobRepository, PlatformTransactionManager tx, IngestStepListener listener,
            ProgressListener progress, BulkInsert bulk, int chunkSize) {

        Step step(String name, Source source, ExtractItemReader reader, JdbcTemplate jdbc) {
            return new StepBuilder(name, jobRepository)
                    .<RowResult<?>, RowResult<?>>chunk(chunkSize)
                    .transactionManager(tx)
                    .reader(reader)
                    .writer(new RowResultWriter<>(RecordTable.of(source), jdbc, bulk, reader::fileId))
                    .listener(listener)
                    .listener((Object) progress)
                    .build();
        }
    }
}
