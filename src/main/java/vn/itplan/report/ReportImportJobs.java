package vn.itplan.report;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;

/**
 * Uploads being read and checked in the background (two at a time per instance, on threads of their own), so that a
 * large file (5,000 rows) neither ties up a request thread nor blocks other users; its page polls the job's progress.
 * A job lives in the database ({@link ReportImportJobQueries}), so that with several instances behind the load
 * balancer the polling page and the confirmation may reach any of them: the request that receives the file inserts
 * the job, this instance's worker stores its progress, rows and preview, and the confirmation deletes it in the
 * transaction that writes the reports (so a second confirmation finds nothing). A job belongs to the user who
 * uploaded it (a staff import to every staff member); anybody else is told it does not exist. It is kept for an
 * hour; a job whose worker has said nothing for {@link #SILENT} (its instance stopped) has failed.
 */
@Slf4j
@RequiredArgsConstructor
@Component
class ReportImportJobs {

    static final Duration KEPT = Duration.ofHours(1);
    static final Duration SILENT = Duration.ofMinutes(2);

    /** Rows checked between two progress updates in the database. */
    static final int PROGRESS_STEP = 100;

    private final ReportFiles files;
    private final ReportImports imports;
    private final PeriodService periods;
    private final ReportAccess access;
    private final ReportImportJobQueries store;

    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "report-import");
        thread.setDaemon(true);
        return thread;
    });

    enum Status {
        READING,
        CHECKING,
        DONE,
        FAILED
    }

    /** One upload as its page shows it: who, which period, what file; its progress; its problems and preview. */
    record Job(
            String id,
            String owner,
            boolean staff,
            Long periodId,
            String filename,
            Status status,
            int done,
            int total,
            List<ReportImports.RowProblem> fileProblems,
            ReportImports.Preview preview,
            Instant updatedAt) {

        /** Rows checked, 0–100. */
        public int percent() {
            return total == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, done * 100 / total);
        }

        public boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }

        public boolean canConfirm() {
            return status == Status.DONE
                    && preview != null
                    && !preview.hasErrors()
                    && !preview.changes().isEmpty();
        }

        Job failed() {
            return new Job(
                    id, owner, staff, periodId, filename, Status.FAILED, done, total, fileProblems, preview, updatedAt);
        }
    }

    /** Records the upload and starts checking it; returns the job's id. */
    String start(String filename, byte[] content, Long periodId, CurrentUser user) {
        ReportImports.requireImporter(user);
        ReportingPeriod period = periods.get(periodId);
        Instant now = access.now();
        String id = UUID.randomUUID().toString();
        String name = filename == null || filename.isBlank() ? "upload" : abbreviate(filename.strip());
        store.insert(id, user.username(), user.isStaff(), period.getId(), name, now, now.plus(KEPT));
        Locale locale = LocaleContextHolder.getLocale();
        workers.submit(() -> run(id, name, content, period, user, locale));
        return id;
    }

    private void run(
            String id, String filename, byte[] content, ReportingPeriod period, CurrentUser user, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            ReportFiles.Parsed parsed = files.parse(filename, content, period);
            if (parsed.refused()) {
                store.finish(id, Status.DONE, parsed.problems(), null, access.now());
                return;
            }
            store.checking(id, parsed.rows(), access.now());
            ReportImports.Preview preview = imports.check(period.getId(), parsed.rows(), user, done -> {
                if (done > 0 && done % PROGRESS_STEP == 0) {
                    store.progress(id, done, access.now());
                }
            });
            store.finish(id, Status.DONE, parsed.problems(), preview, access.now());
        } catch (RuntimeException e) {
            log.error("Checking the upload {} failed", filename, e);
            store.finish(id, Status.FAILED, List.of(), null, access.now());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The job, if the user may see it (another user's, or one that expired, is "not found"). */
    Optional<Job> find(String id, CurrentUser user) {
        Instant now = access.now();
        return store.find(id, user.username(), user.isStaff(), now)
                .map(job -> !job.finished() && job.updatedAt().isBefore(now.minus(SILENT)) ? job.failed() : job);
    }

    /**
     * Writes the job's rows (all or none, {@link ReportImports#apply}) and deletes the job in the same transaction;
     * a job already confirmed (by a double click, on another instance) is refused. Returns the reports written.
     */
    @Transactional
    int confirm(Job job, CurrentUser user) {
        List<ReportImports.Row> rows = store.rows(job.id());
        if (!store.claim(job.id())) {
            throw InvalidInputException.global("exchange.import.gone");
        }
        return imports.apply(job.periodId(), rows, "file " + job.filename(), user);
    }

    /** Deletes the jobs that have expired; returns how many. */
    @Scheduled(cron = "${itplan.report.import-purge-cron:0 */10 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "report.import-purge")
    public void purgeExpired() {
        purge(access.now());
    }

    int purge(Instant now) {
        return store.purge(now);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private static String abbreviate(String filename) {
        return filename.length() <= 255 ? filename : filename.substring(filename.length() - 255);
    }
}
