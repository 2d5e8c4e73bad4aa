package cn.recon.jobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs that chain the others' steps. {@code quarterJob}: ingest → match → flag → report, the quarterly run
 * (parameters: quarter, the files of {@code IngestParameters}, outDir). {@code refreshJob}: match → flag on the
 * latest extracts, the nightly status refresh (no reports). Each is restartable where it stopped.
 */
@Configuration
class QuarterJobConfiguration {

    @Bean
    Job quarterJob(JobRepository jobRepository, RunOwner runOwner, Step checkExtractsStep, Step ingestHukouStep,
            Step ingestSchoolStep, Step ingestRosterStep, Step ingestVisitsStep, Step matchStep, Step clearFlagsStep,
            Step flagStep, Step namesakeVisitsStep, Step resolveFlagsStep, Step reportStep) {
        return new JobBuilder("quarterJob", jobRepository).listener(runOwner)
                .start(checkExtractsStep)
                .next(ingestHukouStep).next(ingestSchoolStep).next(ingestRosterStep).next(ingestVisitsStep)
                .next(matchStep)
                .next(clearFlagsStep).next(flagStep).next(namesakeVisitsStep).next(resolveFlagsStep)
                .next(reportStep)
                .build();
    }

    @Bean
    Job refreshJob(JobRepository jobRepository, RunOwner runOwner, Step matchStep, Step clearFlagsStep,
            Step flagStep, Step namesakeVisitsStep, Step resolveFlagsStep) {
        return new JobBuilder("refreshJob", jobRepository).listener(runOwner)
                .start(matchStep).next(clearFlagsStep).next(flagStep).next(namesakeVisitsStep).next(resolveFlagsStep)
                .build();
    }
}
