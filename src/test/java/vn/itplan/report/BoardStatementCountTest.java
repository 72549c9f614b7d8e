package vn.itplan.report;

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
import vn.itplan.support.StatementCounter;

/**
 * The board's page (and its export) costs the same number of statements with 30 and with 330 units of the period,
 * filtered or not, and renders one page of rows.
 */
@PostgresTest
class BoardStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportTestData data;

    /** The 330 units go again: left behind, they would slow every later test of the JVM that lists units. */
    @AfterEach
    void deleteUnits() {
        data.deleteCreated();
    }

    @Test
    void theBoardPageCostsTheSameStatementsFor30And330Units() {
        data = new ReportTestData(jdbc, users);
        long period = data.openPeriod();
        long root = data.unit(null, true, false, null);
        addUnits(data, root, period, 30);
        int[] small = {statements(data, period), statements(data, period, "show", "DRAFT", "sort", "state")};
        long smallTotal = page(data, period).getTotalElements();

        addUnits(data, root, period, 300);
        int[] large = {statements(data, period), statements(data, period, "show", "DRAFT", "sort", "state")};
        Page<BoardRow> page = page(data, period);

        assertThat(page.getTotalElements()).isEqualTo(smallTotal + 300);
        assertThat(page.getContent()).hasSize(50);
        assertThat(large).isEqualTo(small);
        assertThat(large[0]).isLessThanOrEqualTo(10);
    }

    private static void addUnits(ReportTestData data, long root, long period, int count) {
        for (int k = 0; k < count; k++) {
            long unit = data.unit(root, true, true, null);
            if (k % 3 == 0) {
                data.report(unit, period, "DRAFT", null);
            }
        }
    }

    private int statements(ReportTestData data, long period, String... params) {
        return StatementCounter.count(() -> perform(data, period, params)).statements();
    }

    @SuppressWarnings("unchecked")
    private Page<BoardRow> page(ReportTestData data, long period) {
        return (Page<BoardRow>)
                perform(data, period).getModelAndView().getModel().get("page");
    }

    private MvcResult perform(ReportTestData data, long period, String... params) {
        try {
            var request =
                    get("/reports").param("period", String.valueOf(period)).with(user(data.user("itstaff")));
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
