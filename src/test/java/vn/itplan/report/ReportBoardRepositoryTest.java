package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;

/** The completeness board's SQL on PostgreSQL, against counts worked out by hand. Years from {@link TestYears}. */
@PostgresTest
class ReportBoardRepositoryTest {

    @Autowired
    ReportBoardRepository board;

    @Autowired
    ReportBoardService boards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    /** The data of the test that makes 330 units, deleted after it. */
    ReportTestData large;

    @AfterEach
    void deleteUnits() {
        if (large != null) {
            large.deleteCreated();
        }
    }

    static final LocalDate TODAY = LocalDate.of(2020, 8, 1);
    static final LocalDate DUE = LocalDate.of(2020, 7, 1);

    @Test
    void countsAndRowsAgreeWithAHandCount() {
        ReportTestData data = new ReportTestData(jdbc, users);
        long period =
                data.period(TestYears.periodYear(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), DUE, true);
        long root = data.unit(null, true, false, null);
        long a = data.unit(root, true, true, null); // approved, on time
        long b = data.unit(root, true, true, null); // approved, late
        long c = data.unit(root, true, true, null); // submitted on the due date: on time
        long d = data.unit(root, true, true, null); // returned, first submitted late
        long e = data.unit(root, true, true, null); // draft: overdue
        long f = data.unit(root, true, true, null); // not started: overdue
        long g = data.unit(root, true, true, null); // not started, extended beyond today: pending
        long h = data.unit(root, true, true, null); // draft, extension expired: overdue
        long i = data.unit(root, true, true, null); // submitted after the due date, within its extension: on time
        long inactive = data.unit(root, false, true, null);
        long notReporting = data.unit(root, true, false, null);
        long gone = data.unit(root, true, true, LocalDate.of(2019, 12, 31));
        data.report(a, period, "APPROVED", DUE.minusDays(5));
        data.report(b, period, "APPROVED", DUE.plusDays(1));
        data.report(c, period, "SUBMITTED", DUE);
        data.report(d, period, "RETURNED", DUE.plusDays(10));
        data.report(e, period, "DRAFT", null);
        data.report(h, period, "DRAFT", null);
        data.report(i, period, "SUBMITTED", DUE.plusDays(20));
        data.extension(g, period, TODAY.plusDays(1));
        data.extension(h, period, TODAY.minusDays(1));
        data.extension(i, period, DUE.plusDays(20));
        data.report(inactive, period, "APPROVED", DUE);
        data.report(notReporting, period, "APPROVED", DUE);
        data.report(gone, period, "APPROVED", DUE);

        BoardCounts counts = board.counts(period, new BoardScope(null, root), TODAY);
        assertThat(counts).isEqualTo(new BoardCounts(9, 2, 2, 2, 1, 2, 3, 2, 3));
        assertThat(counts.received()).isEqualTo(5);

        List<BoardRow> rows = board.rows(period, new BoardScope(null, root), TODAY);
        Map<Long, Timeliness> timeliness =
                rows.stream().collect(Collectors.toMap(BoardRow::unitId, BoardRow::timeliness));
        assertThat(rows).extracting(BoardRow::unitId).containsExactly(a, b, c, d, e, f, g, h, i);
        assertThat(timeliness)
                .containsEntry(a, Timeliness.ON_TIME)
                .containsEntry(b, Timeliness.LATE)
                .containsEntry(c, Timeliness.ON_TIME)
                .containsEntry(d, Timeliness.LATE)
                .containsEntry(e, Timeliness.OVERDUE)
                .containsEntry(f, Timeliness.OVERDUE)
                .containsEntry(g, Timeliness.PENDING)
                .containsEntry(h, Timeliness.OVERDUE)
                .containsEntry(i, Timeliness.ON_TIME);
        for (BoardRow row : rows) {
            assertThat(board.timelinessOf(row.unitId(), TODAY))
                    .as("one unit's timeliness is the board's")
                    .containsEntry(period, row.timeliness());
        }
        assertThat(rows.get(5).started()).isFalse();
        assertThat(rows.get(0).state()).isEqualTo(ReportState.APPROVED);
    }

    @Test
    void theDemoFirstQuarterShowsEveryCase() {
        long q1 = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY'" + " and seq = 1",
                Long.class);
        BoardCounts counts = board.counts(q1, BoardScope.ALL, LocalDate.of(2026, 1, 1));
        assertThat(counts.approved()).isEqualTo(10);
        assertThat(counts.submitted()).isEqualTo(6);
        assertThat(counts.drafts()).isEqualTo(5);
        assertThat(counts.returned()).isEqualTo(1);
        assertThat(counts.onTime()).isEqualTo(13);
        assertThat(counts.late()).isEqualTo(4);
        assertThat(counts.notStarted())
                .as("7 demo units, and any reporting unit other tests added")
                .isEqualTo(counts.expected() - 22)
                .isGreaterThanOrEqualTo(7);
        assertThat(counts.overdue()).isEqualTo(counts.notStarted() + 5);

        long annual2014 = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2014 and kind = 'ANNUAL'", Long.class);
        BoardCounts y2014 = board.counts(annual2014, BoardScope.ALL, LocalDate.of(2026, 1, 1));
        assertThat(y2014.approved()).isEqualTo(29);
        assertThat(y2014.late()).isEqualTo(3);
        assertThat(y2014.onTime()).isEqualTo(26);
    }

    @Test
    void theBoardCostsTheSameNumberOfStatementsFor30And300Units() {
        ReportTestData data = new ReportTestData(jdbc, users);
        large = data;
        long small = data.openPeriod();
        long large = data.openPeriod();
        long smallRoot = unitsWithReports(data, small, 30);
        long largeRoot = unitsWithReports(data, large, 300);

        var at30 = StatementCounter.count(() -> boards.board(small, smallRoot));
        var at300 = StatementCounter.count(() -> boards.board(large, largeRoot));

        assertThat(at30.result().rows()).hasSize(30);
        assertThat(at300.result().rows()).hasSize(300);
        assertThat(at300.result().counts().drafts()).isEqualTo(100);
        assertThat(at300.statements()).isEqualTo(at30.statements()).isLessThanOrEqualTo(4);
    }

    private static long unitsWithReports(ReportTestData data, long period, int count) {
        long root = data.unit(null, true, false, null);
        for (int k = 0; k < count; k++) {
            long unit = data.unit(root, true, true, null);
            if (k % 3 == 0) {
                data.report(unit, period, "DRAFT", null);
            }
        }
        return root;
    }
}
