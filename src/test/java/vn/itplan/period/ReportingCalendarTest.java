package vn.itplan.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/** A year's periods from the calendar in one action, days off, and entry closing by itself after the due date. */
@PostgresTest
class ReportingCalendarTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeriodClosing closing;

    @Test
    void staffCreateAYearsQuartersInOneActionWithTheDecreesCalendar() throws Exception {
        int year = TestYears.planYear();
        mvc.perform(post("/periods/holidays")
                        .with(user(users.loadUserByUsername("itstaff")))
                        .with(csrf())
                        .param("date", "17/03/" + year)
                        .param("name", "Ngày nghỉ bù"))
                .andExpect(redirectedUrl("/periods"));
        mvc.perform(post("/periods/year")
                        .with(user(users.loadUserByUsername("itstaff")))
                        .with(csrf())
                        .param("year", String.valueOf(year))
                        .param("kind", "QUARTERLY")
                        .param("graceDays", "3"))
                .andExpect(redirectedUrl("/periods"));

        List<LocalDate> cutoffs = jdbc.queryForList(
                "select cutoff_to from reporting_period where period_year = ? and kind = 'QUARTERLY' order by seq",
                LocalDate.class,
                year);
        assertThat(cutoffs)
                .containsExactly(
                        LocalDate.of(year, 3, 14),
                        LocalDate.of(year, 6, 14),
                        LocalDate.of(year, 9, 14),
                        LocalDate.of(year, 12, 14));
        LocalDate q1Due = jdbc.queryForObject(
                "select due_date from reporting_period where period_year = ? and kind = 'QUARTERLY' and seq = 1",
                LocalDate.class,
                year);
        WorkingDays.Calendar days = new WorkingDays.Calendar(java.util.Set.of(LocalDate.of(year, 3, 17)));
        assertThat(q1Due).isEqualTo(days.plus(LocalDate.of(year, 3, 14), 2));
        assertThat(days.until(LocalDate.of(year, 3, 14), q1Due)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PERIOD_CREATED' and summary like ?",
                        Integer.class,
                        "§audit.summary.period.created|#period.label.QUARTERLY\\\\|" + year + "\\\\|%"))
                .isEqualTo(4);

        // a second time creates nothing
        mvc.perform(post("/periods/year")
                .with(user(users.loadUserByUsername("itstaff")))
                .with(csrf())
                .param("year", String.valueOf(year))
                .param("kind", "QUARTERLY"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from reporting_period where period_year = ?", Integer.class, year))
                .isEqualTo(4);
    }

    /** Rolled back: the job closes every overdue period, the demo's 2015 ones included. */
    @Test
    @Transactional
    void entryClosesByItselfAfterTheDueDateAndGraceOnce() {
        int year = TestYears.periodYear();
        // due long ago with a grace: closed; due in the far future: left open
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, grace_days)"
                        + " values (?, 'QUARTERLY', 1, ?, ?, ?, 5), (?, 'QUARTERLY', 2, ?, ?, ?, 0)",
                year,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 31),
                LocalDate.of(2020, 4, 10),
                year,
                LocalDate.of(year, 4, 1),
                LocalDate.of(year, 6, 30),
                LocalDate.of(year, 7, 10));

        closing.closeOverdue();
        closing.closeOverdue();

        assertThat(jdbc.queryForList(
                        "select open from reporting_period where period_year = ? order by seq", Boolean.class, year))
                .containsExactly(false, true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a join reporting_period p on p.id = a.entity_id"
                                + " where a.action = 'PERIOD_CLOSED' and a.actor = 'system' and p.period_year = ?",
                        Integer.class,
                        year))
                .isEqualTo(1);
    }
}
