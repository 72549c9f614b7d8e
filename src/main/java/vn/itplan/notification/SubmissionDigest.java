package vn.itplan.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportQueues;
import vn.itplan.report.ReportQueues.AwaitingReview;
import vn.itplan.security.Role;
import vn.itplan.user.AppUser;
import vn.itplan.user.UserService;

/**
 * The IT staff's daily digest: each morning, one notification per staff member listing the reports submitted the day
 * before that still await review (none: no digest). Written once per user and day (a unique key), so a second run or
 * a second instance adds nothing.
 */
@RequiredArgsConstructor
@Component
public class SubmissionDigest {

    private final ReportQueues queues;
    private final PeriodService periods;
    private final UserService users;
    private final Notifier notifier;
    private final MessageSource messages;
    private final Clock clock;

    @Scheduled(cron = "${itplan.notification.digest-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.submission-digest")
    public void run() {
        send(LocalDate.now(clock));
    }

    /**
     * The digest of {@code today}: the reports submitted the day before; returns how many notifications were
     * written.
     */
    @Transactional
    public int send(LocalDate today) {
        List<AwaitingReview> submitted = queues.awaitingReviewSubmittedOn(today.minusDays(1));
        if (submitted.isEmpty()) {
            return 0;
        }
        String list = submitted.stream()
                .map(r -> r.unitName() + " — " + periodName(r.periodId()))
                .collect(Collectors.joining("\n"));
        var about = new Notifier.About(NotificationKind.DIGEST, null, null, null, null, null, list);
        int written = 0;
        for (AppUser staff : users.enabledUsers(Role.IT_STAFF, null)) {
            if (notifier.notify(staff, about, "DIGEST:" + today + ":" + staff.getId())) {
                written++;
            }
        }
        return written;
    }

    private String periodName(long periodId) {
        ReportingPeriod period = periods.get(periodId);
        return messages.getMessage(period.labelKey(), period.labelArgs(), Notifier.MAIL_LOCALE);
    }
}
