package cn.recon.report;

import cn.recon.person.Quarter;
import cn.recon.rules.FlagCode;
import cn.recon.rules.RuleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes a quarter's outputs into {@code OUT/QUARTER/}: flags.csv, links.csv, rejects.csv, the data officer's
 * workbook and the three agency lists, each recorded in the audit table. Rerunning it rewrites the files.
 */
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final ReportQueries queries;
    private final ReportAudit audit;
    private final MaskingSettings masking;
    private final Path rulesFile;

    ReportTasklet(ReportQueries queries, ReportAudit audit, MaskingSettings masking, Path rulesFile) {
        this.queries = queries;
        this.audit = audit;
        this.masking = masking;
        this.rulesFile = rulesFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        var params = chunk.getStepContext().getStepExecution().getJobParameters();
        Quarter q = Quarter.parse(params.getString("quarter"));
        Path dir = Path.of(params.getString("outDir")).resolve(q.toString());
        Files.createDirectories(dir);
        Long execution = chunk.getStepContext().getStepExecution().getJobExecutionId();
        String by = ReportAudit.who();
        List<ReportFile> written = new ArrayList<>();

        RunNotes notes = notes(q);
        // links.csv and rejects.csv are written on a second thread while the flags go into the workbooks
        CompletableFuture<List<ReportFile>> csvFiles = CompletableFuture.supplyAsync(() -> linksAndRejects(q, dir));
        try (CsvOutput<FlagLine> csv = CsvOutput.flags(dir.resolve(CsvOutput.FLAGS_FILE));
                DataOfficerWorkbook book = new DataOfficerWorkbook(
                        dir.resolve(DataOfficerWorkbook.fileName(q.toString())), notes, masking);
                RecipientList edu = RecipientList.education(dir, q.toString(), q.referenceDate(), masking);
                RecipientList police = RecipientList.unregistered(dir, q.toString(), q.referenceDate(), masking);
                RecipientList visits = RecipientList.overdueVisits(dir, q.toString(), q.referenceDate(), masking)) {
            queries.flagLines(q, f -> {
                csv.add(f);
                book.add(f);
                edu.add(f);
                police.add(f);
                visits.add(f);
            });
            written.add(csv.finish());
            written.add(book.finish(queries.townships(q), queries.quality(q)));
            written.add(edu.finish());
            written.add(police.finish());
            written.add(visits.finish());
        }
        try {
            written.addAll(csvFiles.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        for (ReportFile f : written) {
            boolean masked = f.recipient() != null && masking.masks(f.recipient())
                    && f.path().getFileName().toString().endsWith(".xlsx");
            audit.record(q.toString(), f, masked, by, execution);
            contribution.incrementWriteCount(1);
            log.info("report written: {} ({} rows, {} children)", f.path().getFileName(), f.rows(), f.children());
        }
        return RepeatStatus.FINISHED;
    }

    private List<ReportFile> linksAndRejects(Quarter q, Path dir) {
        List<ReportFile> written = new ArrayList<>(2);
        try (CsvOutput<LinkLine> links = CsvOutput.links(dir.resolve(CsvOutput.LINKS_FILE))) {
            queries.links(q, links::add);
            written.add(links.finish());
        }
        try (CsvOutput<RejectLine> rejects = CsvOutput.rejects(dir.resolve(CsvOutput.REJECTS_FILE))) {
            queries.rejects(q, rejects::add);
            written.add(rejects.finish());
        }
        return written;
    }

    private RunNotes notes(Quarter q) {
        RuleSettings rules = RuleSettings.loadOrDefaults(rulesFile);
        List<RunNotes.RuleNote> ruleNotes = new ArrayList<>();
        for (FlagCode c : FlagCode.values()) {
            RuleSettings.FlagSpec s = rules.spec(c);
            String text = "严重程度 " + s.severity() + (s.keyChildSeverity() == null ? ""
                    : "（重点儿童 " + s.keyChildSeverity() + "）") + "；责任部门：" + (s.acts() == null
                    ? "数据来源部门" : s.acts());
            ruleNotes.add(new RunNotes.RuleNote(c.name(), s.name(), text, s.basis()));
        }
        var age = rules.compulsoryAge();
        List<String> remarks = List.of("义务教育适龄：" + age.cutoffFor(q.referenceDate()) + " 时年满 " + age.minAge()
                + "–" + age.maxAge() + " 周岁", "规则文件：" + rulesFile);
        return new RunNotes(q.toString(), q.referenceDate(),
                queries.hasPreviousRun(q) ? q.previous().toString() : null, LocalDateTime.now(), ruleNotes,
                queries.inputs(q), remarks);
    }
}
