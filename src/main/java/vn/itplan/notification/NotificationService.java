package vn.itplan.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.report.BoardRow;
import vn.itplan.report.PeriodLabel;
import vn.itplan.report.ReportBoardService;
import vn.itplan.report.Timeliness;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.security.StaffOnly;
import vn.itplan.user.AppUser;
import vn.itplan.user.UserService;

/**
 * The bell's list and the staff's reminder from the completeness board (the e-mail choices: {@link
 * AccountEmailChoices}).
 */
@RequiredArgsConstructor
@Service
@Transactional
class NotificationService {

    static final int LIST_SIZE = 50;

    private final NotificationStore store;
    private final Notifier notifier;
    private final ReportBoardService boards;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    /** One line of the list: its sentence, the comment, when, whether read. */
    record Line(long id, NotificationKind kind, String text, String comment, Instant createdAt, boolean read) {}

    /** Who a board reminder reaches: the unit and its administrators (with or without e-mail). */
    record Recipient(long unitId, String unitName, Timeliness timeliness, boolean started, List<String> people) {}

    @Transactional(readOnly = true)
    List<Line> latest(CurrentUser user, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (NotificationStore.Row row : store.latest(user.id(), LIST_SIZE)) {
            Notifier.About about = row.about();
            lines.add(new Line(
                    row.id(),
                    about.kind(),
                    notifier.text("notification.text." + about.kind().name(), about, locale),
                    about.comment(),
                    row.createdAt(),
                    row.readAt() != null));
        }
        return lines;
    }

    /** Marks it read and says where it leads: its report, or the reports page. */
    String open(long id, CurrentUser user) {
        return store.markRead(id, user.id(), Instant.now(clock))
                .map(r -> r.about().kind().target(r.about().reportId()))
                .orElse("/notifications");
    }

    void readAll(CurrentUser user) {
        store.markAllRead(user.id(), Instant.now(clock));
    }

    @Transactional(readOnly = true)
    boolean emailOn() {
        return notifier.emailOn();
    }

    @Transactional(readOnly = true)
    Map<String, Integer> outboxCounts() {
        return store.outboxCounts();
    }

    /** Recipients of a reminder on one page of its preview. */
    static final int REMINDER_PAGE_SIZE = 50;

    /**
     * The units a reminder from the board of {@code periodId} reaches (not started, or overdue), in the units' order:
     * the page {@code pageNumber} (past the end: the last) and how many in all, with each unit's administrators. Three
     * statements whatever the number of units: the count, the page, the accounts.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    Page<Recipient> reminderRecipients(long periodId, int pageNumber) {
        Page<BoardRow> rows = boards.toRemind(periodId, pageNumber, REMINDER_PAGE_SIZE);
        Map<Long, List<AppUser>> admins = unitAdmins();
        return rows.map(row -> new Recipient(
                row.unitId(),
                row.unitName(),
                row.timeliness(),
                row.started(),
                admins.getOrDefault(row.unitId(), List.of()).stream()
                        .map(u -> u.getFullName()
                                + (u.getEmail() == null || u.getEmail().isBlank() ? "" : " <" + u.getEmail() + ">"))
                        .toList()));
    }

    /** The enabled unit administrators by unit: one reading of the accounts, whatever the number of units. */
    private Map<Long, List<AppUser>> unitAdmins() {
        return users.enabledUsers(Role.UNIT_ADMIN, null).stream()
                .filter(u -> u.getUnitId() != null)
                .collect(Collectors.groupingBy(AppUser::getUnitId));
    }

    /** The period of the board (null: the board's default period), or empty when there are no periods. */
    @StaffOnly
    @Transactional(readOnly = true)
    Optional<PeriodLabel> period(Long periodId) {
        return boards.period(periodId);
    }

    /**
     * Reminds every unit a reminder reaches ({@link #reminderRecipients}), once a day per unit (a second click adds
     * nothing).
     */
    @StaffOnly
    int remind(Long periodId, CurrentUser user) {
        Optional<PeriodLabel> label = boards.period(periodId);
        if (label.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        long period = label.get().periodId();
        Map<Long, List<AppUser>> admins = unitAdmins();
        int units = 0;
        for (BoardRow row : boards.toRemind(period, 0, Integer.MAX_VALUE)) {
            boolean any = false;
            var about = new Notifier.About(
                    NotificationKind.REMINDER, row.reportId(), period, row.unitId(), null, user.username(), null);
            for (AppUser admin : admins.getOrDefault(row.unitId(), List.of())) {
                String key = "REMINDER:" + period + ":" + row.unitId() + ":" + today + ":" + admin.getId();
                any |= notifier.notify(admin, about, key);
            }
            if (any) {
                units++;
            }
        }
        audit.record(user.username(), "REMINDER_SENT", "ReportingPeriod", period, units + " unit(s) reminded");
        return units;
    }
}
