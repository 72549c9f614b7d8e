package vn.itplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/**
 * The reminder's preview ({@code /notifications/remind?period=}) costs the same number of statements with 30 and
 * with 330 units to remind, shows one page of them and counts them all (the send button says how many).
 */
@PostgresTest
class ReminderPreviewStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportFixture fixture;
    long period;

    @AfterEach
    void removeUnits() {
        fixture.deleteCreated();
        jdbc.update("delete from reporting_period where id = ?", period);
    }

    @Test
    void thePreviewCostsTheSameStatementsFor30And330Units() throws Exception {
        fixture = new ReportFixture(jdbc);
        period = fixture.annualPeriod().id();
        long root = fixture.unit("root", "SO", null, false);
        addUnits(root, 30);
        int small = statements();
        long smallTotal = recipients(preview("0")).getTotalElements();

        addUnits(root, 300);
        int large = statements();
        MvcResult result = preview("0");
        Page<?> page = recipients(result);

        assertThat(page.getTotalElements()).isEqualTo(smallTotal + 200); // a third approved
        assertThat(page.getContent()).hasSize(NotificationService.REMINDER_PAGE_SIZE);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"pagination\"");
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(12);
        // past the end: the last page, not an empty one
        Page<?> last = recipients(preview("999999"));
        assertThat(last.getNumber()).isEqualTo(last.getTotalPages() - 1);
        assertThat(last.getContent()).isNotEmpty();
    }

    /** Units of the period that have not started their report: each is reminded. */
    private void addUnits(long root, int count) {
        for (int k = 0; k < count; k++) {
            long unit = fixture.unit("r", "SO", root, true);
            if (k % 3 == 0) {
                fixture.report(unit, period, "APPROVED").save(); // approved: not reminded
            }
        }
    }

    private int statements() {
        return StatementCounter.count(() -> preview("0")).statements();
    }

    private static Page<?> recipients(MvcResult result) {
        return (Page<?>) result.getModelAndView().getModel().get("recipients");
    }

    private MvcResult preview(String page) {
        try {
            MvcResult result = mvc.perform(get("/notifications/remind")
                            .param("period", String.valueOf(period))
                            .param("page", page)
                            .with(user(users.loadUserByUsername("itstaff"))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
