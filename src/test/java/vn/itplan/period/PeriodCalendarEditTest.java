package vn.itplan.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/** Staff change a period's calendar on the periods page: checked like a new period, audited field by field. */
@PostgresTest
class PeriodCalendarEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffMoveTheDueDateAndTheGraceAndTheTrailSaysWhat() throws Exception {
        // a year the period form accepts (2000–2100)
        int year = TestYears.planYear();
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open,"
                        + " cutoff_from, cutoff_to) values (?, 'ANNUAL', 1, ?, ?, ?, true, ?, ?)",
                year,
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)),
                Date.valueOf(LocalDate.of(year, 12, 20)),
                Date.valueOf(LocalDate.of(year - 1, 12, 15)),
                Date.valueOf(LocalDate.of(year, 12, 14)));
        long id = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL'", Long.class, year);

        mvc.perform(get("/periods/{id}/edit", id).with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("form"));
        mvc.perform(get("/periods/{id}/edit", id).with(user(users.loadUserByUsername("unit-stc"))))
                .andExpect(status().isForbidden());

        mvc.perform(save(id, "14/12/" + year, "3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "period.dueTooSoonAfterCutoff"));
        assertThat(dueDate(id)).isEqualTo(LocalDate.of(year, 12, 20));

        mvc.perform(save(id, "28/12/" + year, "5")).andExpect(status().is3xxRedirection());
        assertThat(dueDate(id)).isEqualTo(LocalDate.of(year, 12, 28));
        assertThat(jdbc.queryForObject("select grace_days from reporting_period where id = ?", Integer.class, id))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select details from audit_event where entity_type = 'ReportingPeriod' and entity_id = ?"
                                + " and action = 'PERIOD_CALENDAR_CHANGED'",
                        String.class,
                        id))
                .contains("dueDate: 20/12/" + year + " → 28/12/" + year)
                .contains("graceDays: 0 → 5");

        mvc.perform(save(id, "29/12/" + year, "5", 0L))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("form"));
        assertThat(dueDate(id)).as("a stale form changes nothing").isEqualTo(LocalDate.of(year, 12, 28));
    }

    private MockHttpServletRequestBuilder save(long id, String due, String grace) {
        return save(
                id,
                due,
                grace,
                jdbc.queryForObject("select version from reporting_period where id = ?", Long.class, id));
    }

    private MockHttpServletRequestBuilder save(long id, String due, String grace, long version) {
        int year = jdbc.queryForObject("select period_year from reporting_period where id = ?", Integer.class, id);
        return post("/periods/{id}", id)
                .with(user(users.loadUserByUsername("itstaff")))
                .with(csrf())
                .param("year", String.valueOf(year))
                .param("kind", "ANNUAL")
                .param("seq", "1")
                .param("startDate", "01/01/" + year)
                .param("endDate", "31/12/" + year)
                .param("cutoffFrom", "15/12/" + (year - 1))
                .param("cutoffTo", "14/12/" + year)
                .param("dueDate", due)
                .param("graceDays", grace)
                .param("version", String.valueOf(version));
    }

    private LocalDate dueDate(long id) {
        return jdbc.queryForObject("select due_date from reporting_period where id = ?", LocalDate.class, id);
    }
}
