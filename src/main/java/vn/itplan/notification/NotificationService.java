package vn.itplan.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.report.Board;
import vn.itplan.report.BoardRow;
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

    /** The units a reminder from the board of {@code periodId} reaches: not started, or overdue. */
    @StaffOnly
    @Transactional(readOnly = true)
    List<Recipient> reminderRecipients(Long periodId) {
        Board board = boards.board(periodId, null);
        List<Recipient> recipients = new ArrayList<>();
        for (BoardRow row : board.rows()) {
            if (row.started() && row.timeliness() != Timeliness.OVERDUE) {
                continue;
            }
            List<String> people = users.enabledUsers(Role.UNIT_ADMIN, row.unitId()).stream()
                    .map(u -> u.getFullName()
                            + (u.getEmail() == null || u.getEmail().isBlank() ? "" : " <" + u.getEmail() + ">"))
                    .toList();
            recipients.add(new Recipient(row.unitId(), row.unitName(), row.timeliness(), row.started(), people));
        }
        return recipients;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    Optional<Board> board(Long periodId) {
        Board board = boards.board(periodId, null);
        return board.period() == null ? Optional.empty() : Optional.of(board);
    }

    /** Reminds every unit {@link #reminderRecipients} lists, once a day per unit (a second click adds nothing). */
    @StaffOnly
    int remind(Long periodId, CurrentUser user) {
        Board board = boards.board(periodId, null);
        if (board.period() == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        long period = board.period().periodId();
        int units = 0;
        for (Recipient recipient : reminderRecipients(period)) {
            boolean any = false;
            Long reportId = board.rows().stream()
                    .filter(r -> r.unitId() == recipient.unitId())
                    .findFirst()
                    .map(BoardRow::reportId)
                    .orElse(null);
            var about = new Notifier.About(
                    NotificationKind.REMINDER, reportId, period, recipient.unitId(), null, user.username(), null);
            for (AppUser admin : users.enabledUsers(Role.UNIT_ADMIN, recipient.unitId())) {
                String key = "REMINDER:" + period + ":" + recipient.unitId() + ":" + today + ":" + admin.getId();
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
