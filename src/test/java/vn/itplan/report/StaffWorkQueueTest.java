package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/** The IT staff's landing page: reports awaiting review, units overdue, extensions in force. */
@PostgresTest
class StaffWorkQueueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

    @Autowired
    Clock clock;

    ReportTestData data;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
    }

    @Test
    void staffLandOnWhatWaitsForThem() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long waiting = ReportTestData.submitted(reports, data.user("unit-stc"), data.openPeriod());
        jdbc.update("update status_report set submitted_at = submitted_at - interval '3 days' where id = ?", waiting);
        long late = data.period(
                TestYears.periodYear(), today.minusDays(100), today.minusDays(10), today.minusDays(5), true);
        data.extension(data.unitId("DAKHA"), late, today.plusDays(3));

        mvc.perform(get("/").with(user(data.user("itstaff")))).andExpect(redirectedUrl("/reports/queue"));
        String page = mvc.perform(get("/reports/queue").with(user(data.user("itstaff"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"waiting-" + waiting + "\"", "3 ngày");
        assertThat(page).contains("id=\"overdue-" + late + "-STC\"");
        assertThat(page).doesNotContain("id=\"overdue-" + late + "-DAKHA\"");
        assertThat(page.substring(page.indexOf("id=\"queue-extensions\""))).contains("Đắk Hà");

        mvc.perform(get("/reports/queue").with(user(data.user("unit-stc")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/queue").with(user(data.user("leader")))).andExpect(status().isForbidden());
    }
}
