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
import org.springframework.core.env.Environment;
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
            ReportAudit audit, MaskingSettings masking, @Value("${recon.rules-file}") Path rulesFile) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(queries, audit, masking, rulesFile), tx)
                .build();
    }

    /**
     * How each recipient sees citizen IDs: {@code recon.report.ids.<recipient>: FULL | MASKED} in
     * config/application.yml; recipients not named keep the defaults of {@link MaskingSettings}.
     */
    @Bean
    MaskingSettings masking(Environment env) {
        MaskingSettings m = MaskingSettings.defaults();
        for (Recipient r : Recipient.values()) {
            String key = "recon.report.ids." + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            String v = env.getProperty(key);
            if (v != null) {
                try {
                    m = m.with(r, MaskingSettings.IdDisplay.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + " must be FULL or MASKED, found '" + v + "'", e);
                }
            }
        }
        return m;
    }
}
