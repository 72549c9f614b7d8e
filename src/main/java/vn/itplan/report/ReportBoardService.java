package vn.itplan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;

/**
 * Completeness and timeliness of unit reports per period: leadership's first numbers, and the IT department's
 * list of whom to chase. A bounded number of statements whatever the number of units.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class ReportBoardService {

    private final ReportBoardRepository board;
    private final PeriodService periods;
    private final Clock clock;

    /** The board of a period (null: the {@linkplain #defaultPeriod default}); {@code rootUnitId} limits it to a subtree. */
    public Board board(Long periodId, Long rootUnitId) {
        List<ReportingPeriod> all = periods.findAll();
        ReportingPeriod period =
                periodId != null ? periods.get(periodId) : defaultPeriod(all).orElse(null);
        BoardScope scope = new BoardScope(null, rootUnitId);
        List<PeriodLabel> labels = all.stream().map(PeriodLabel::of).toList();
        LocalDate today = LocalDate.now(clock);
        if (period == null) {
            return new Board(null, null, false, new BoardCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(), labels, today);
        }
        return new Board(
                PeriodLabel.of(period),
                period.getDueDate(),
                period.isOpen(),
                board.counts(period.getId(), scope, today),
                board.rows(period.getId(), scope, today),
                labels,
                today);
    }

    /**
     * The board's page (period null: the {@linkplain #defaultPeriod default}): the counts over every expected unit,
     * and the page {@code pageNumber} (from 0; past the end: the last) of {@code pageSize} units matching the
     * selection. Four statements whatever the number of units: the periods, the counts, the matching units, the page.
     */
    BoardPage page(Long periodId, BoardSelection selection, int pageNumber, int pageSize) {
        List<ReportingPeriod> all = periods.findAll();
        ReportingPeriod period = periodId == null
                ? defaultPeriod(all).orElse(null)
                : all.stream()
                        .filter(p -> p.getId().equals(periodId))
                        .findFirst()
                        .orElseGet(() -> periods.get(periodId));
        List<PeriodLabel> labels = all.stream().map(PeriodLabel::of).toList();
        LocalDate today = LocalDate.now(clock);
        if (period == null) {
            return new BoardPage(
                    null,
                    null,
                    false,
                    new BoardCounts(0, 0, 0, 0, 0, 0, 0, 0, 0),
                    Page.empty(PageRequest.of(0, pageSize)),
                    labels,
                    today);
        }
        BoardCounts counts = board.counts(period.getId(), BoardScope.ALL, today);
        int matching = board.matching(period.getId(), selection, today);
        PageRequest request = pageOf(pageNumber, pageSize, matching);
        List<BoardRow> rows = board.page(period.getId(), selection, today, request.getOffset(), pageSize);
        return new BoardPage(
                PeriodLabel.of(period),
                period.getDueDate(),
                period.isOpen(),
                counts,
                new PageImpl<>(rows, request, matching),
                labels,
                today);
    }

    /**
     * Every expected unit of the period (null: the {@linkplain #defaultPeriod default}) matching the selection, in
     * its order, handed over one at a time (the export of the board as filtered: nothing is held but the row at
     * hand); returns the period, or null when there are no periods.
     */
    ReportingPeriod eachRow(Long periodId, BoardSelection selection, Consumer<BoardRow> each) {
        ReportingPeriod period = periodId != null
                ? periods.get(periodId)
                : defaultPeriod(periods.findAll()).orElse(null);
        if (period != null) {
            board.eachMatching(period.getId(), selection, LocalDate.now(clock), each);
        }
        return period;
    }

    /**
     * The expected units overdue in the periods {@code periodIds} (those still being collected), the longest overdue
     * first: the page {@code pageNumber} (from 0; past the end: the last) of {@code pageSize}, and how many there are in
     * all. Two statements whatever the number of units and periods (none without periods).
     */
    Page<ReportBoardRepository.PeriodRow> overdue(Collection<Long> periodIds, int pageNumber, int pageSize) {
        if (periodIds.isEmpty()) {
            return Page.empty(PageRequest.of(0, pageSize));
        }
        LocalDate today = LocalDate.now(clock);
        int all = board.overdueCount(periodIds, today);
        PageRequest request = pageOf(pageNumber, pageSize, all);
        return new PageImpl<>(board.overduePage(periodIds, today, request.getOffset(), pageSize), request, all);
    }

    /**
     * Whom a reminder from the board of the period reaches (the expected units not started, or overdue), in the units'
     * own order: the page {@code pageNumber} (from 0; past the end: the last) of {@code pageSize}, and how many in
     * all. Two statements whatever the number of units.
     */
    public Page<BoardRow> toRemind(long periodId, int pageNumber, int pageSize) {
        LocalDate today = LocalDate.now(clock);
        int all = board.toRemindCount(periodId, today);
        PageRequest request = pageOf(pageNumber, pageSize, all);
        return new PageImpl<>(board.toRemindPage(periodId, today, request.getOffset(), pageSize), request, all);
    }

    /** The page {@code pageNumber} of {@code size} rows, the last one when it is past the end of {@code all}. */
    private static PageRequest pageOf(int pageNumber, int size, int all) {
        int lastPage = Math.max(0, (all - 1) / size);
        return PageRequest.of(Math.min(Math.max(pageNumber, 0), lastPage), size);
    }

    /** The period of a board (null: the {@linkplain #defaultPeriod default}), or empty when there are no periods. */
    public Optional<PeriodLabel> period(Long periodId) {
        ReportingPeriod period = periodId != null
                ? periods.get(periodId)
                : defaultPeriod(periods.findAll()).orElse(null);
        return Optional.ofNullable(period).map(PeriodLabel::of);
    }

    /** The counts only, for the dashboard: the same rule and statement as the board's, over the scope's units. */
    public BoardCounts counts(long periodId, BoardScope scope) {
        return board.counts(periodId, scope, LocalDate.now(clock));
    }

    /**
     * One unit's timeliness in every period, by period id, judged by the board's rule (one statement): for a
     * unit's list of reports and a report's header.
     */
    /** How many reports exist in each period (any state): where the reporting activity is. */
    public Map<Long, Integer> reportCountsByPeriod() {
        return board.reportCountsByPeriod();
    }

    public Map<Long, Timeliness> timelinessOf(long unitId) {
        return board.timelinessOf(unitId, LocalDate.now(clock));
    }

    /**
     * The period being collected: the open period with the earliest due date (closed ones are done with);
     * without open periods, the latest one.
     */
    static Optional<ReportingPeriod> defaultPeriod(List<ReportingPeriod> all) {
        return all.stream()
                .filter(ReportingPeriod::isOpen)
                .min(Comparator.comparing(ReportingPeriod::getDueDate).thenComparing(ReportingPeriod::getEndDate))
                .or(() -> all.stream().max(Comparator.comparing(ReportingPeriod::getEndDate)));
    }
}
