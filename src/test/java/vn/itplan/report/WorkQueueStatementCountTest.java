package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;

/**
 * The staff's work queue costs the same number of statements with 30 and with 330 units overdue in a period still being
 * collected and 10 and 110 reports awaiting review: one page of the overdue units, the longest overdue first, the 50
 * reports that waited longest, and how many there are of each.
 */
@PostgresTest
class WorkQueueStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    ReportTestData data;

    @AfterEach
    void removeUnits() {
        data.deleteCreated();
    }

    @Test
    void theQueueCostsTheSameStatementsFor30And330OverdueUnits() {
        data = new ReportTestData(jdbc, users);
        LocalDate today = LocalDate.now(clock);
        long period = data.period(
                TestYears.periodYear(), today.minusDays(200), today.minusDays(100), today.minusDays(60), true);
        long root = data.unit(null, true, false, null);
        addUnits(root, period, 30);
        int small = statements("0");
        long smallTotal = overdue(queue("0")).getTotalElements();
        long smallWaiting = waiting(queue("0")).getTotalElements();

        addUnits(root, period, 300);
        int large = statements("0");
        Page<ReportQueues.Overdue> page = overdue(queue("0"));

        assertThat(page.getTotalElements()).isEqualTo(smallTotal + 300);
        assertThat(page.getContent()).hasSize(ReportQueues.PAGE_SIZE);
        // the reports awaiting review: the 50 that waited longest, and how many in all
        Page<ReportQueues.Waiting> waiting = waiting(queue("0"));
        assertThat(waiting.getTotalElements()).isEqualTo(smallWaiting + 100);
        assertThat(waiting.getContent()).hasSize(ReportQueues.PAGE_SIZE);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(12);
        // the longest overdue first, each judged by its own due date
        assertThat(page.getContent())
                .extracting(ReportQueues.Overdue::daysLate)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // past the end: the last page, with the rest of the units
        Page<ReportQueues.Overdue> last = overdue(queue("999999"));
        assertThat(last.getNumber()).isEqualTo(last.getTotalPages() - 1);
        assertThat(last.getContent()).isNotEmpty();
        // a submitted report is not overdue
        long mine = jdbc.queryForObject(
                "select min(u.id) from unit u where u.code like ? and u.reporting = true"
                        + " and not exists (select 1 from status_report r where r.unit_id = u.id)",
                Long.class,
                data.unitCodePrefix() + "-%");
        data.report(mine, period, "SUBMITTED", today.minusDays(1));
        assertThat(overdue(queue("0")).getTotalElements()).isEqualTo(smallTotal + 299);
    }

    /** Units of the period that have not started (overdue), or that sent a report awaiting review (not yet judged). */
    private void addUnits(ReportTestData data, long root, long period, int count) {
        for (int k = 0; k < count; k++) {
            long unit = data.unit(root, true, true, null);
            if (k % 3 == 0) {
                data.report(unit, period, "SUBMITTED", null);
            }
        }
    }

    private void addUnits(long root, long period, int count) {
        addUnits(data, root, period, count);
    }

    private int statements(String page) {
        return StatementCounter.count(() -> queue(page)).statements();
    }

    @SuppressWarnings("unchecked")
    private static Page<ReportQueues.Overdue> overdue(MvcResult result) {
        return ((ReportQueues.StaffQueue) result.getModelAndView().getModel().get("queue")).overdue();
    }

    private static Page<ReportQueues.Waiting> waiting(MvcResult result) {
        return ((ReportQueues.StaffQueue) result.getModelAndView().getModel().get("queue")).waiting();
    }

    private MvcResult queue(String page) {
        try {
            MvcResult result = mvc.perform(
                            get("/reports/queue").param("page", page).with(user(data.user("itstaff"))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
