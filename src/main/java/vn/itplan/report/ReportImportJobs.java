package vn.itplan.report;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;

/**
 * Uploads being read and checked in the background (two at a time, on threads of their own), so that a large file
 * (5,000 rows) neither ties up a request thread nor blocks other users; its page polls {@link Job#progress}. A job
 * belongs to the user who uploaded it and is kept for an hour in this instance's memory (nothing is written before
 * the user confirms, so a lost job costs only an upload).
 */
@Slf4j
@RequiredArgsConstructor
@Component
class ReportImportJobs {

    static final Duration KEPT = Duration.ofHours(1);

    private final ReportFiles files;
    private final ReportImports imports;
    private final PeriodService periods;
    private final ReportAccess access;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
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

    /** One upload: who, which period, what file; then its rows and preview once checked. */
    static final class Job {
        public final String id = UUID.randomUUID().toString();
        final String owner;
        public final Long periodId;
        public final String filename;
        final Instant started;
        public final AtomicInteger done = new AtomicInteger();
        public volatile int total;
        public volatile Status status = Status.READING;
        volatile List<ReportImports.Row> rows = List.of();
        public volatile List<ReportImports.RowProblem> fileProblems = List.of();
        public volatile ReportImports.Preview preview;

        Job(String owner, Long periodId, String filename, Instant started) {
            this.owner = owner;
            this.periodId = periodId;
            this.filename = filename;
            this.started = started;
        }

        /** Rows checked, 0–100. */
        public int percent() {
            return total == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, done.get() * 100 / total);
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
    }

    Job start(String filename, byte[] content, Long periodId, CurrentUser user) {
        ReportImports.requireImporter(user);
        ReportingPeriod period = periods.get(periodId);
        Instant now = access.now();
        jobs.values().removeIf(j -> j.started.isBefore(now.minus(KEPT)));
        Job job = new Job(user.username(), period.getId(), filename, now);
        jobs.put(job.id, job);
        Locale locale = LocaleContextHolder.getLocale();
        workers.submit(() -> run(job, content, period, user, locale));
        return job;
    }

    private void run(Job job, byte[] content, ReportingPeriod period, CurrentUser user, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            ReportFiles.Parsed parsed = files.parse(job.filename, content, period);
            job.fileProblems = parsed.problems();
            if (parsed.refused()) {
                job.status = Status.DONE;
                return;
            }
            job.rows = parsed.rows();
            job.total = parsed.rows().size();
            job.status = Status.CHECKING;
            job.preview = imports.check(period.getId(), parsed.rows(), user, job.done::set);
            job.done.set(job.total);
            job.status = Status.DONE;
        } catch (RuntimeException e) {
            log.error("Checking the upload {} failed", job.filename, e);
            job.status = Status.FAILED;
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The user's own job (another user's is "not found", like a job that expired). */
    Optional<Job> find(String id, CurrentUser user) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(user.username()));
    }

    void forget(Job job) {
        jobs.remove(job.id);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
