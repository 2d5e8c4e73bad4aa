package cn.recon.report;

import cn.recon.jobs.RunOwner;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The report job: one step writing every output of a quarter. Parameters: {@code quarter}, {@code outDir}. */
@Configuration
class ReportJobConfiguration {

    @Bean
    Job reportJob(JobRepository jobRepository, RunOwner runOwner, Step reportStep) {
        return new JobBuilder("reportJob", jobRepository).listener(runOwner).start(reportStep).build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportQueries queries,
            ReportAudit audit, @Value("${recon.rules-file}") Path rulesFile) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(queries, audit, MaskingSettings.defaults(), rulesFile), tx)
                .build();
    }
}
