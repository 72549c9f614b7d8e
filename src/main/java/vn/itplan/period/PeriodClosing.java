package vn.itplan.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;

/**
 * Closes entry by itself: every open period whose due date plus grace has passed is closed (units with an extension
 * keep editing until their date, as when staff close it). Idempotent: a closed period is left alone.
 */
@RequiredArgsConstructor
@Component
public class PeriodClosing {

    /** The actor the audit trail names for what the portal does by itself. */
    public static final String SYSTEM = "system";

    private final ReportingPeriodRepository periods;
    private final AuditService audit;
    private final Clock clock;

    @Scheduled(cron = "${itplan.period.close-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "period.close-overdue")
    @Transactional
    public int closeOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> due = periods.findByOpenTrue().stream()
                .filter(p -> today.isAfter(p.entryClosesAfter()))
                .toList();
        for (ReportingPeriod period : due) {
            period.close();
            audit.record(
                    SYSTEM,
                    "PERIOD_CLOSED",
                    PeriodAdminService.ENTITY,
                    period.getId(),
                    "open: true → false",
                    "due: " + period.getDueDate() + " + " + period.getGraceDays() + " day(s)");
        }
        return due.size();
    }
}
