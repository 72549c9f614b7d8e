package vn.itplan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.PortalClock;

/**
 * The staff's work queue: the reports awaiting review (the longest waiting first, with how long), the extensions units
 * asked for (the oldest first, with how long), the units overdue in the periods still being collected, and the
 * deadline extensions in force. The statements are one per part (two for the overdue units: a page of them and how
 * many), whatever the number of units and periods.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class ReportQueues {

    /** A period is still being collected while it is open or its due date passed less than this many days ago. */
    static final int RECENT_DAYS = 90;

    private final ReportQueueQueries queries;
    private final ReportBoardService boards;
    private final PeriodService periods;
    private final Clock clock;

    record Waiting(
            long reportId,
            String unitName,
            PeriodLabel period,
            Instant submittedAt,
            long daysWaiting,
            boolean withWarnings) {}

    record Overdue(PeriodLabel period, BoardRow row, long daysLate) {}

    /** A unit's pending extension request; {@code currentDue}: its extension, else the period's due date. */
    record Requested(
            long requestId,
            long unitId,
            String unitName,
            PeriodLabel period,
            LocalDate currentDue,
            LocalDate requestedTo,
            String reason,
            String requestedBy,
            Instant requestedAt,
            long daysWaiting) {}

    record Extension(
            String unitName,
            PeriodLabel period,
            LocalDate extendedTo,
            String reason,
            Long reportId,
            ReportState state) {}

    /**
     * {@code waiting}: the {@link #PAGE_SIZE} reports that have waited longest, and how many wait in all;
     * {@code overdue}: one page of the units overdue, and how many there are in all.
     */
    record StaffQueue(
            Page<Waiting> waiting, List<Requested> requested, Page<Overdue> overdue, List<Extension> extensions) {}

    /** Reports awaiting review and units overdue shown on one page of the queue (both grow with the units). */
    static final int PAGE_SIZE = 50;

    /** A report awaiting review: for the staff's daily digest. */
    public record AwaitingReview(long reportId, long unitId, String unitName, long periodId, Instant submittedAt) {}

    /** The reports still awaiting review that were submitted on {@code day} (the portal's day). */
    public List<AwaitingReview> awaitingReviewSubmittedOn(LocalDate day) {
        return queries
                .waiting(
                        day.atStartOfDay(PortalClock.ZONE).toInstant(),
                        day.plusDays(1).atStartOfDay(PortalClock.ZONE).toInstant())
                .stream()
                .map(w -> new AwaitingReview(w.reportId(), w.unitId(), w.unitName(), w.periodId(), w.submittedAt()))
                .toList();
    }

    @StaffOnly
    StaffQueue staffQueue(CurrentUser user, int overduePage) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ReportingPeriod> byId =
                periods.findAll().stream().collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        List<Waiting> longest = queries.waiting(PAGE_SIZE).stream()
                .map(w -> new Waiting(
                        w.reportId(),
                        w.unitName(),
                        PeriodLabel.of(byId.get(w.periodId())),
                        w.submittedAt(),
                        ChronoUnit.DAYS.between(LocalDate.ofInstant(w.submittedAt(), PortalClock.ZONE), today),
                        w.withWarnings()))
                .toList();
        List<Requested> requested = queries.pendingRequests().stream()
                .map(r -> {
                    ReportingPeriod period = byId.get(r.periodId());
                    return new Requested(
                            r.requestId(),
                            r.unitId(),
                            r.unitName(),
                            PeriodLabel.of(period),
                            r.extendedTo() != null ? r.extendedTo() : period.getDueDate(),
                            r.requestedTo(),
                            r.reason(),
                            r.requestedBy(),
                            r.requestedAt(),
                            ChronoUnit.DAYS.between(LocalDate.ofInstant(r.requestedAt(), PortalClock.ZONE), today));
                })
                .toList();
        List<Long> collecting = byId.values().stream()
                .filter(p -> p.getDueDate().isBefore(today)
                        && (p.isOpen() || !p.getDueDate().isBefore(today.minusDays(RECENT_DAYS))))
                .map(ReportingPeriod::getId)
                .toList();
        Page<Overdue> overdue = boards.overdue(collecting, overduePage, PAGE_SIZE)
                .map(o -> new Overdue(
                        PeriodLabel.of(byId.get(o.periodId())),
                        o.row(),
                        ChronoUnit.DAYS.between(
                                o.row().extendedTo() != null
                                        ? o.row().extendedTo()
                                        : o.row().dueDate(),
                                today)));
        List<Extension> extensions = queries.extensionsInForce(today).stream()
                .map(e -> new Extension(
                        e.unitName(),
                        PeriodLabel.of(byId.get(e.periodId())),
                        e.extendedTo(),
                        e.reason(),
                        e.reportId(),
                        e.state()))
                .toList();
        Page<Waiting> waiting = new PageImpl<>(longest, PageRequest.of(0, PAGE_SIZE), queries.waitingCount());
        return new StaffQueue(waiting, requested, overdue, extensions);
    }
}
