package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.web.Forms;

/**
 * Two members of staff working on one unit's extension at the same time: the second is told, never silently
 * overwrites the first, and never gets an error page. Years from {@link TestYears}.
 */
@PostgresTest
class DeadlineExtensionConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    ReportTestData data;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
    }

    MockHttpServletRequestBuilder grant(long unit, long period, String date, String reason, Long version) {
        MockHttpServletRequestBuilder request = post("/reports/extensions")
                .with(user(data.user("itstaff")))
                .with(csrf())
                .param("unitId", String.valueOf(unit))
                .param("periodId", String.valueOf(period))
                .param("extendedTo", date)
                .param("reason", reason);
        return version == null ? request : request.param("version", String.valueOf(version));
    }

    static BindingResult form(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
    }

    @Test
    void ofTwoEditsOpenedAtTheSameVersionTheSecondIsAConflict() throws Exception {
        int year = TestYears.periodYear();
        long period = data.openPeriod(year);
        long unit = data.unitId("KONRAY");
        assertThat(mvc.perform(grant(unit, period, "01/02/" + (year + 1), "Công văn 1", null))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/reports?period=" + period);
        MvcResult opened = mvc.perform(get("/reports/extensions/new")
                        .param("unitId", String.valueOf(unit))
                        .param("periodId", String.valueOf(period))
                        .with(user(data.user("itstaff"))))
                .andReturn();
        Long version = ((ExtensionForm) opened.getModelAndView().getModel().get("form")).getVersion();
        assertThat(version).isNotNull();

        assertThat(mvc.perform(grant(unit, period, "15/02/" + (year + 1), "Công văn 2 của người thứ nhất", version))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/reports?period=" + period);
        MvcResult second = mvc.perform(
                        grant(unit, period, "28/02/" + (year + 1), "Công văn 2 của người thứ hai", version))
                .andReturn();

        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        assertThat(form(second).getGlobalError().getCode()).isEqualTo(Forms.CONFLICT);
        assertThat(jdbc.queryForObject(
                        "select reason from deadline_extension where period_id = ?", String.class, period))
                .isEqualTo("Công văn 2 của người thứ nhất");
        assertThat(((ExtensionForm) second.getModelAndView().getModel().get("form")).getVersion())
                .as("the form reopened at the current version")
                .isEqualTo(version + 1);
    }

    /**
     * The other member of staff's new extension is inserted but not yet committed when this one is saved: this
     * save finds none, its insert waits on the unique key, and fails once the other commits.
     */
    @Test
    void twoNewExtensionsAtOnceGiveTheSecondAConflictNotAnErrorPage() throws Exception {
        int year = TestYears.periodYear();
        long period = data.openPeriod(year);
        long unit = data.unitId("KONRAY");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            int otherPid;
            try (Statement st = other.createStatement();
                    ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                otherPid = rs.getInt(1);
            }
            try (PreparedStatement insert = other.prepareStatement("insert into deadline_extension (unit_id, period_id,"
                    + " extended_to, reason, granted_by, granted_at) values (?, ?, ?, 'Người kia',"
                    + " 'itstaff', now())")) {
                insert.setLong(1, unit);
                insert.setLong(2, period);
                insert.setDate(3, java.sql.Date.valueOf(LocalDate.of(year + 1, 2, 1)));
                insert.executeUpdate();
            }
            Future<MvcResult> mine =
                    pool.submit(() -> mvc.perform(grant(unit, period, "01/03/" + (year + 1), "Của tôi", null))
                            .andReturn());
            waitUntilSomeoneWaitsFor(otherPid, mine);
            other.commit();
            MvcResult result = mine.get(30, TimeUnit.SECONDS);

            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(form(result).getGlobalError().getCode()).isEqualTo(Forms.CONFLICT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select reason from deadline_extension where period_id = ?", String.class, period))
                .isEqualTo("Người kia");
    }

    /** Polls until a backend is blocked by {@code blockerPid} (only sessions this test blocks, no one else's). */
    private void waitUntilSomeoneWaitsFor(int blockerPid, Future<?> task) throws InterruptedException {
        for (int i = 0; i < 400 && !task.isDone(); i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity" + " where ? = any(pg_blocking_pids(pid))",
                    Integer.class,
                    blockerPid);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the save never waited on the other insert (done early: " + task.isDone() + ")");
    }
}
