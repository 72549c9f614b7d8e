package vn.itplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.web.PortalClock;

/**
 * The staff's daily digest of submitted reports (once per user and day), and each user's e-mail choices on
 * /account.
 */
@PostgresTest
class SubmissionDigestTest {

    @Autowired
    SubmissionDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void staffGetOneDigestADayOfTheReportsSubmittedTheDayBefore() {
        int year = TestYears.periodYear();
        LocalDate today = LocalDate.of(year, 3, 10);
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open)"
                        + " values (?, 'ANNUAL', 1, ?, ?, ?, true)",
                year,
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)),
                Date.valueOf(LocalDate.of(year + 1, 1, 15)));
        long period = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL'", Long.class, year);
        Timestamp yesterday = Timestamp.from(today.minusDays(1)
                .atTime(LocalTime.of(16, 0))
                .atZone(PortalClock.ZONE)
                .toInstant());
        jdbc.update(
                "insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by,"
                        + " submitted_at, submitted_by) select id, ?, 'SUBMITTED', ?, 'test', ?, 'test', ?, 'test'"
                        + " from unit where code = 'STC'",
                period,
                yesterday,
                yesterday,
                yesterday);

        assertThat(digest.send(today.minusDays(1)))
                .as("nothing was submitted two days ago")
                .isZero();
        int staff =
                jdbc.queryForObject("select count(*) from app_user where role = 'IT_STAFF' and enabled", Integer.class);
        assertThat(digest.send(today)).isEqualTo(staff).isPositive();
        assertThat(digest.send(today)).as("a second run adds nothing").isZero();
        assertThat(jdbc.queryForObject(
                        "select comment from notification n join app_user u on u.id = n.user_id"
                                + " where n.kind = 'DIGEST' and u.username = 'itstaff' and n.dedup_key = ?",
                        String.class,
                        "DIGEST:" + today + ":"
                                + jdbc.queryForObject(
                                        "select id from app_user where username = 'itstaff'", Long.class)))
                .contains("Sở Tài chính")
                .contains(String.valueOf(year));
    }

    @Test
    void eachUserChoosesEmailPerKindOnTheAccountPage() throws Exception {
        CurrentUser dakha = (CurrentUser) users.loadUserByUsername("unit-dakha");
        mvc.perform(post("/account/notifications")
                        .with(user(dakha))
                        .with(csrf())
                        .param("email", "RETURNED", "REOPENED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList(
                        "select kind from notification_preference where user_id = ? and email order by kind",
                        String.class,
                        dakha.id()))
                .containsExactly("REOPENED", "RETURNED");
        String page = mvc.perform(get("/account").with(user(dakha)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"email-COMMENTED\"")
                .contains("id=\"email-RETURNED\" checked")
                .contains("id=\"email-APPROVED\">")
                .as("the staff's digest is not offered to a unit admin")
                .doesNotContain("id=\"email-DIGEST\"");
        CurrentUser staff = (CurrentUser) users.loadUserByUsername("itstaff");
        assertThat(mvc.perform(get("/account").with(user(staff)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"email-DIGEST\"")
                .doesNotContain("id=\"email-RETURNED\"");
        CurrentUser leader = (CurrentUser) users.loadUserByUsername("leader");
        assertThat(mvc.perform(get("/account").with(user(leader)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("a leader receives no notification, so there is nothing to choose")
                .doesNotContain("id=\"email-choices\"");
    }
}
