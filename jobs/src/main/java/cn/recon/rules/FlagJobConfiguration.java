package cn.recon.rules;

import cn.recon.ingest.IngestFiles;
import cn.recon.jobs.ProgressListener;
import cn.recon.jobs.RunOwner;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The flag job: clear the quarter's flags, evaluate every child (streamed, restartable by chunk), count as visited
 * the months that unlinked home visits under a shared name account for, then mark RESOLVED the flags of children who
 * are gone. Job parameter: {@code quarter}.
 */
@Configuration
class FlagJobConfiguration {

    @Bean
    Job flagJob(JobRepository jobRepository, RunOwner runOwner, Step clearFlagsStep, Step flagStep,
            Step namesakeVisitsStep, Step resolveFlagsStep) {
        return new JobBuilder("flagJob", jobRepository).listener(runOwner)
                .start(clearFlagsStep).next(flagStep).next(namesakeVisitsStep).next(resolveFlagsStep).build();
    }

    @Bean
    Step clearFlagsStep(JobRepository jobRepository, PlatformTransactionManager tx, FlagStore store) {
        return new StepBuilder("clearFlagsStep", jobRepository).tasklet((contribution, chunk) -> {
            store.clear(quarter(chunk.getStepContext().getJobParameters().get("quarter")));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step flagStep(JobRepository jobRepository, PlatformTransactionManager tx, ChildRecordsReader childReader,
            ChildFlagger childFlagger, FlagStore store, @Value("${recon.flags.chunk-size:1000}") int chunkSize) {
        return new StepBuilder("flagStep", jobRepository)
                .<ChildRecords, ChildOutcome>chunk(chunkSize)
                .transactionManager(tx)
                .reader(childReader)
                .processor(childFlagger)
                .writer(chunk -> store.insert(currentQuarter(chunk.getItems()), chunk.getItems()))
                .stream(childFlagger)
                .listener((Object) new ProgressListener())
                .build();
    }

    @Bean
    Step namesakeVisitsStep(JobRepository jobRepository, PlatformTransactionManager tx, FlagStore store) {
        return new StepBuilder("namesakeVisitsStep", jobRepository).tasklet(new NamesakeVisitsTasklet(store), tx)
                .build();
    }

    @Bean
    Step resolveFlagsStep(JobRepository jobRepository, PlatformTransactionManager tx, FlagStore store) {
        return new StepBuilder("resolveFlagsStep", jobRepository).tasklet((contribution, chunk) -> {
            int n = store.resolveAbsent(quarter(chunk.getStepContext().getJobParameters().get("quarter")));
            contribution.incrementWriteCount(n);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    @StepScope
    ChildRecordsReader childReader(DataSource dataSource, @Value("#{jobParameters['quarter']}") String quarter) {
        return new ChildRecordsReader(dataSource, Quarter.parse(quarter));
    }

    @Bean
    @StepScope
    ChildFlagger childFlagger(@Value("#{jobParameters['quarter']}") String quarter, IngestFiles files,
            FlagStore store, @Value("${recon.rules-file}") Path rulesFile) {
        Quarter q = Quarter.parse(quarter);
        return new ChildFlagger(q, files.current(Source.VISITS, q).isPresent(), rulesFile, store);
    }

    private static Quarter quarter(Object value) {
        return Quarter.parse(String.valueOf(value));
    }

    private static Quarter currentQuarter(java.util.List<? extends ChildOutcome> items) {
        return Quarter.parse(items.get(0).state().quarter());
    }
}
