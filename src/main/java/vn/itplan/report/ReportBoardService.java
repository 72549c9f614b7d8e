package vn.itplan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
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
