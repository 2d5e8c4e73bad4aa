package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.jobs.RunOwner;
import cn.recon.rules.RuleSettings;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The match job: one step linking every record of a quarter to its child. Parameter: {@code quarter}. */
@Configuration
class MatchJobConfiguration {

    @Bean
    Job matchJob(JobRepository jobRepository, RunOwner runOwner, Step matchStep) {
        return new JobBuilder("matchJob", jobRepository).listener(runOwner).start(matchStep).build();
    }

    @Bean
    Step matchStep(JobRepository jobRepository, PlatformTransactionManager tx, JdbcTemplate jdbc, IngestFiles files,
            LinkStore links, ReviewStore reviews, MatchSettings matchSettings,
            @Value("${recon.rules-file}") Path rulesFile) {
        // the home-visit types of the rules file, read when the step runs (an edit counts from the next run)
        Supplier<Set<String>> homeVisitTypes = () -> RuleSettings.loadOrDefaults(rulesFile).visits().homeVisitTypes();
        return new StepBuilder("matchStep", jobRepository)
                .tasklet(new MatchTasklet(jdbc, files, links, reviews, matchSettings, homeVisitTypes, tx), tx)
                .build();
    }

    @Bean
    MatchSettings matchSettings(@Value("${recon.match.upper-threshold:#{null}}") Double upper,
            @Value("${recon.match.lower-threshold:#{null}}") Double lower) {
        MatchSettings s = MatchSettings.defaults();
        return upper == null || lower == null ? s : s.withThresholds(upper, lower);
    }
}
