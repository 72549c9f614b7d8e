package vn.itplan.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.period.WorkingDays;
import vn.itplan.report.BoardRow;
import vn.itplan.report.ReportBoardService;
import vn.itplan.report.ReportState;
import vn.itplan.security.Role;
import vn.itplan.user.AppUser;
import vn.itplan.user.UserService;

/**
 * Reminds the administrators of units that have not submitted: 7, 3 and 1 working days before their due date (the
 * period's, or their extension), and once when it has passed (within {@link #OVERDUE_DAYS} days). Each reminder is
 * written once per unit, period, kind and user (a unique key), so a second run or a second instance adds nothing.
 */
@RequiredArgsConstructor
@Component
public class DeadlineReminders {

    static final Set<Integer> DAYS_BEFORE = Set.of(7, 3, 1);
    static final int OVERDUE_DAYS = 30;

    private final PeriodService periods;
    private final ReportBoardService boards;
    private final WorkingDays workingDays;
    private final UserService users;
    private final Notifier notifier;
    private final Clock clock;

    @Scheduled(cron = "${itplan.notification.reminders-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.deadline-reminders")
    public void run() {
        remind(LocalDate.now(clock));
    }

    /** The reminders due on {@code today}; returns how many notifications were written. */
    @Transactional
    public int remind(LocalDate today) {
        int written = 0;
        // every unit admin once per run, not once per unit
        Map<Long, List<AppUser>> admins =
                users.enabledUsers(Role.UNIT_ADMIN, null).stream().collect(Collectors.groupingBy(AppUser::getUnitId));
        WorkingDays.Calendar days = workingDays.around(today);
        List<ReportingPeriod> open =
                periods.findAll().stream().filter(ReportingPeriod::isOpen).toList();
        for (ReportingPeriod period : open) {
            if (today.isAfter(period.getDueDate().plusDays(OVERDUE_DAYS + 366))
                    || today.isBefore(period.getDueDate().minusDays(30))) {
                continue; // neither near nor recently past for any unit (extensions last less than a year)
            }
            for (BoardRow row : boards.board(period.getId(), null).rows()) {
                if (row.state() != null && row.state() != ReportState.DRAFT) {
                    continue;
                }
                LocalDate due = row.extendedTo() != null ? row.extendedTo() : period.getDueDate();
                String key;
                Notifier.About about;
                if (!today.isAfter(due)) {
                    int left = days.until(today, due);
                    if (!DAYS_BEFORE.contains(left)) {
                        continue;
                    }
                    key = "DEADLINE:" + period.getId() + ":" + row.unitId() + ":" + left + ":";
                    about = new Notifier.About(
                            NotificationKind.DEADLINE, row.reportId(), period.getId(), row.unitId(), left, null, null);
                } else if (!today.isAfter(due.plusDays(OVERDUE_DAYS))) {
                    key = "OVERDUE:" + period.getId() + ":" + row.unitId() + ":";
                    about = new Notifier.About(
                            NotificationKind.OVERDUE, row.reportId(), period.getId(), row.unitId(), null, null, null);
                } else {
                    continue;
                }
                for (AppUser user : admins.getOrDefault(row.unitId(), List.of())) {
                    if (notifier.notify(user, about, key + user.getId())) {
                        written++;
                    }
                }
            }
        }
        return written;
    }
}
