package vn.itplan.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.itplan.audit.AuditService;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

@PostgresTest
class PeriodControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeriodService periods;

    @Autowired
    AuditService audit;

    @Autowired
    PeriodAdminService admin;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    MockHttpServletRequestBuilder newPeriod(
            String year, String kind, String seq, String start, String end, String due) {
        return post("/periods")
                .with(user(staff()))
                .with(csrf())
                .param("year", year)
                .param("kind", kind)
                .param("seq", seq)
                .param("startDate", start)
                .param("endDate", end)
                .param("dueDate", due);
    }

    @Test
    void staffSeeTheDemoPeriods() throws Exception {
        mvc.perform(get("/periods").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý 1/2015")))
                .andExpect(content().string(containsString("15/01/2015")));
    }

    @Test
    void aValidPeriodIsCreatedAndAudited() throws Exception {
        int year = TestYears.planYear(); // the form takes 2000–2100 only
        mvc.perform(newPeriod(String.valueOf(year), "QUARTERLY", "2", "01/04/" + year, "30/06/" + year, "10/7/" + year))
                .andExpect(redirectedUrl("/periods"));

        ReportingPeriod created = periods.find(year, PeriodKind.QUARTERLY, 2).orElseThrow();
        assertThat(created.getDueDate()).hasToString(year + "-07-10");
        assertThat(created.isOpen()).isTrue();
        assertThat(audit.historyOf("ReportingPeriod", created.getId()))
                .extracting(e -> e.getAction())
                .containsExactly("PERIOD_CREATED");
    }

    @Test
    void anImpossibleDateIsAnErrorNextToTheFieldAndTheInputIsKept() throws Exception {
        int year = TestYears.planYear();
        mvc.perform(newPeriod(
                        String.valueOf(year), "ANNUAL", "1", "31/02/" + year, "31/12/" + year, "15/01/" + (year + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startDate"))
                .andExpect(content().string(containsString("value=\"31/02/" + year + "\"")))
                .andExpect(content().string(containsString("Nhập ngày có thật theo dạng dd/MM/yyyy")));
        assertThat(periods.find(year, PeriodKind.ANNUAL, 1)).isEmpty();
    }

    @Test
    void crossFieldRulesAreCheckedOnTheServer() throws Exception {
        int year = TestYears.planYear();
        mvc.perform(newPeriod(
                        String.valueOf(year),
                        "ANNUAL",
                        "1",
                        "01/01/" + year,
                        "31/12/" + (year - 1),
                        "15/01/" + (year + 1)))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "period.endBeforeStart"));
        mvc.perform(newPeriod(
                        String.valueOf(year), "SEMI_ANNUAL", "3", "01/01/" + year, "30/06/" + year, "15/07/" + year))
                .andExpect(model().attributeHasFieldErrorCode("form", "seq", "period.seq.tooLarge"));
        mvc.perform(newPeriod("2014", "ANNUAL", "1", "01/01/2014", "31/12/2014", "15/01/2015"))
                .andExpect(model().attributeHasFieldErrorCode("form", "seq", "period.duplicate"));
        mvc.perform(newPeriod("abc", "NOPE", "", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "year", "kind", "seq", "startDate"));
    }

    @Test
    void closingAndReopeningIsAudited() throws Exception {
        int year = TestYears.planYear();
        mvc.perform(newPeriod(
                String.valueOf(year), "ANNUAL", "1", "01/01/" + year, "31/12/" + year, "15/01/" + (year + 1)));
        Long id = periods.find(year, PeriodKind.ANNUAL, 1).orElseThrow().getId();

        mvc.perform(post("/periods/{id}/close", id).with(user(staff())).with(csrf()))
                .andExpect(redirectedUrl("/periods"));
        assertThat(periods.get(id).isOpen()).isFalse();
        mvc.perform(post("/periods/{id}/open", id).with(user(staff())).with(csrf()));
        assertThat(periods.get(id).isOpen()).isTrue();
        assertThat(audit.historyOf("ReportingPeriod", id))
                .extracting(e -> e.getAction())
                .containsExactly("PERIOD_CREATED", "PERIOD_CLOSED", "PERIOD_OPENED");
    }

    @Test
    void onlyStaffMayTouchPeriods() throws Exception {
        mvc.perform(get("/periods").with(user(users.loadUserByUsername("unit-dakha"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/periods/{id}/close", 1)
                        .with(user(users.loadUserByUsername("leader")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPeriodIs404() throws Exception {
        mvc.perform(post("/periods/{id}/close", 999999).with(user(staff())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /**
     * Two people create the same period at once: the second passes the check (the first has not committed yet),
     * then its insert waits on the unique index and fails when the first commits. It gets the duplicate message
     * next to the field, with what it typed, not an error page.
     */
    @Test
    void aPeriodCreatedTwiceAtTheSameMomentIsAFieldMessageNotAnErrorPage() throws Exception {
        int year = TestYears.planYear();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("insert into reporting_period"
                    + " (period_year, kind, seq, start_date, end_date, due_date) values (?, 'ANNUAL', 1, ?, ?, ?)")) {
                insert.setInt(1, year);
                insert.setObject(2, LocalDate.of(year, 1, 1));
                insert.setObject(3, LocalDate.of(year, 12, 31));
                insert.setObject(4, LocalDate.of(year + 1, 1, 15));
                insert.executeUpdate();
            }
            Future<MvcResult> second = pool.submit(() -> mvc.perform(newPeriod(
                            String.valueOf(year),
                            "ANNUAL",
                            "1",
                            "01/01/" + year,
                            "31/12/" + year,
                            "15/01/" + (year + 1)))
                    .andReturn());
            waitUntilAnInsertWaitsForALock();
            first.commit();

            MvcResult result = second.get(20, TimeUnit.SECONDS);
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getModelAndView()).isNotNull();
            BindingResult form =
                    (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
            assertThat(form.getFieldError("seq"))
                    .isNotNull()
                    .extracting(FieldError::getCode)
                    .isEqualTo("period.duplicate");
            assertThat(result.getResponse().getContentAsString()).contains("value=\"31/12/" + year + "\"");
        } finally {
            pool.shutdownNow();
        }
        assertThat(periods.find(year, PeriodKind.ANNUAL, 1)).isPresent();
        assertThat(audit.historyOf(
                        "ReportingPeriod",
                        periods.find(year, PeriodKind.ANNUAL, 1).get().getId()))
                .as("the refused save recorded nothing")
                .isEmpty();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void theServiceRefusesWhoIsNotStaffWhateverTheRoute() {
        int year = TestYears.planYear();
        assertThatThrownBy(() -> admin.create(admin.blank(year), TestUsers.staff("leader")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(periods.find(year, PeriodKind.ANNUAL, 1)).isEmpty();
    }

    /** Only this test's insert, not another session's wait, counts. */
    private void waitUntilAnInsertWaitsForALock() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock' and query like 'insert into reporting_period%'",
                    Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second insert never waited for the first");
    }
}
