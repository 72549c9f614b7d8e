package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/**
 * A unit administrator asks for a later deadline for their own unit in a period closed to it; IT staff grant it
 * (through the one grant path, which reopens entry for that unit) or refuse it with a reason; both sides are told, the
 * staff's queue lists the requests and the extensions in force, and nobody reaches another unit's requests. Each test
 * has units, accounts and a period (a year from {@link TestYears}) of its own.
 */
@PostgresTest
class ExtensionRequestTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    ReportTestData data;
    long unit;
    long otherUnit;
    CurrentUser admin;
    CurrentUser otherAdmin;
    CurrentUser staff;
    long period;
    LocalDate due;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        unit = data.unit(null, true, true, null);
        otherUnit = data.unit(null, true, true, null);
        admin = unitAdmin(unit);
        otherAdmin = unitAdmin(otherUnit);
        staff = data.user("itstaff");
        int year = TestYears.periodYear();
        due = LocalDate.of(year + 1, 1, 15);
        // closed by staff: no unit may start or edit its report without an extension
        period = data.period(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), due, false);
    }

    private CurrentUser unitAdmin(long unitId) {
        String username = "ext-admin-" + unitId;
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role, unit_id) values (?, '{noop}x',"
                        + " 'Quản trị đơn vị', 'UNIT_ADMIN', ?)",
                username,
                unitId);
        return data.user(username);
    }

    private MockHttpServletRequestBuilder ask(CurrentUser who, Object periodId, String date, String reason) {
        return post("/reports/extension-requests")
                .with(user(who))
                .with(csrf())
                .param("periodId", String.valueOf(periodId))
                .param("requestedTo", date)
                .param("reason", reason);
    }

    private static BindingResult form(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
    }

    private String page(CurrentUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long pendingRequest() {
        return jdbc.queryForObject(
                "select id from extension_request where unit_id = ? and period_id = ? and state = 'PENDING'",
                Long.class,
                unit,
                period);
    }

    private int notifications(String kind, String username) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.user_id"
                        + " where n.kind = ? and u.username = ? and n.unit_id = ? and n.period_id = ?",
                Integer.class,
                kind,
                username,
                unit,
                period);
    }

    private int audited(String action, long requestId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_type = 'ExtensionRequest'"
                        + " and entity_id = ?",
                Integer.class,
                action,
                requestId);
    }

    private void requested() throws Exception {
        mvc.perform(ask(admin, period, due.plusDays(20).format(DATE), "Cán bộ phụ trách nghỉ phép."))
                .andExpect(redirectedUrl("/reports#period-" + period));
    }

    // ------------------------------------------------------------------ the unit asks

    @Test
    void aUnitAdminAsksFromTheLockedListAndStaffAreTold() throws Exception {
        String before = page(admin, "/reports");
        assertThat(before).contains("id=\"ask-extension-" + period + "\"");
        assertThat(page(admin, "/reports/extension-requests/new?periodId=" + period))
                .contains("id=\"extension-request-form\"")
                .contains(due.format(DATE));

        mvc.perform(ask(admin, period, due.plusDays(20).format(DATE), "Cán bộ phụ trách nghỉ phép."))
                .andExpect(redirectedUrl("/reports#period-" + period))
                .andExpect(flash().attribute("flash", ReportTestData.success("report.extensionRequest.sent")));

        long id = pendingRequest();
        assertThat(jdbc.queryForObject("select requested_to from extension_request where id = ?", LocalDate.class, id))
                .isEqualTo(due.plusDays(20));
        assertThat(audited("EXTENSION_REQUESTED", id)).isEqualTo(1);
        assertThat(notifications("EXTENSION_REQUESTED", "itstaff")).isEqualTo(1);
        String after = page(admin, "/reports");
        assertThat(after)
                .contains("id=\"extension-request-" + period + "\"")
                .contains(due.plusDays(20).format(DATE))
                .doesNotContain("id=\"ask-extension-" + period + "\"");
    }

    @Test
    void aDateNotAfterTheDueDateOrTooFarIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
        MvcResult notAfter = mvc.perform(ask(admin, period, due.format(DATE), "Typed reason 42"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(notAfter).getFieldError("requestedTo").getCode())
                .isEqualTo("report.extensionRequest.notAfterDue");
        assertThat(notAfter.getResponse().getContentAsString())
                .contains("Typed reason 42")
                .contains("id=\"requestedTo-error\"");

        MvcResult tooFar = mvc.perform(ask(admin, period, due.plusDays(200).format(DATE), "Lý do"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(tooFar).getFieldError("requestedTo").getCode()).isEqualTo("report.extensionRequest.tooFar");

        MvcResult garbled = mvc.perform(ask(admin, period, "31/02/ab", "Lý do"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(garbled).hasFieldErrors("requestedTo")).isTrue();
        assertThat(garbled.getResponse().getContentAsString()).contains("31/02/ab");
        assertThat(jdbc.queryForObject("select count(*) from extension_request where unit_id = ?", Integer.class, unit))
                .isZero();
    }

    @Test
    void aMissingReasonIsRefusedNextToTheField() throws Exception {
        MvcResult result = mvc.perform(ask(admin, period, due.plusDays(10).format(DATE), "  "))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(result).hasFieldErrors("reason")).isTrue();
        assertThat(result.getResponse().getContentAsString())
                .contains(due.plusDays(10).format(DATE));
        assertThat(jdbc.queryForObject("select count(*) from extension_request where unit_id = ?", Integer.class, unit))
                .isZero();
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefused() throws Exception {
        requested();
        MvcResult second = mvc.perform(ask(admin, period, due.plusDays(30).format(DATE), "Lần hai"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(second).getFieldError("requestedTo").getCode())
                .isEqualTo("report.extensionRequest.alreadyPending");
        assertThat(jdbc.queryForObject("select count(*) from extension_request where unit_id = ?", Integer.class, unit))
                .isEqualTo(1);
    }

    /**
     * The other request (another tab) is inserted but not committed when this one is saved: this save passes the
     * check, waits on the unique key, and is refused with the field message once the other commits.
     */
    @Test
    void twoRequestsAtOnceGiveTheSecondTheFieldMessageNotAnErrorPage() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            int otherPid;
            try (Statement st = other.createStatement();
                    ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                otherPid = rs.getInt(1);
            }
            try (PreparedStatement insert = other.prepareStatement("insert into extension_request (unit_id, period_id,"
                    + " requested_to, reason, requested_by, requested_at, state, pending_unit_id)"
                    + " values (?, ?, ?, 'Tab kia', 'someone', now(), 'PENDING', ?)")) {
                insert.setLong(1, unit);
                insert.setLong(2, period);
                insert.setDate(3, java.sql.Date.valueOf(due.plusDays(5)));
                insert.setLong(4, unit);
                insert.executeUpdate();
            }
            Future<MvcResult> mine = pool.submit(
                    () -> mvc.perform(ask(admin, period, due.plusDays(9).format(DATE), "Tab này"))
                            .andReturn());
            waitUntilSomeoneWaitsFor(otherPid, mine);
            other.commit();
            MvcResult result = mine.get(30, TimeUnit.SECONDS);

            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(form(result).getFieldError("requestedTo").getCode())
                    .isEqualTo("report.extensionRequest.alreadyPending");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select reason from extension_request where unit_id = ?", String.class, unit))
                .isEqualTo("Tab kia");
    }

    @Test
    void aUnitAdminAsksOnlyForTheirOwnUnitAndNeverDecides() throws Exception {
        // a forged unit id is not read: the request is the signed-in admin's unit's
        mvc.perform(ask(admin, period, due.plusDays(20).format(DATE), "Giả mạo").param("unitId", "" + otherUnit))
                .andExpect(status().is3xxRedirection());
        long id = pendingRequest();
        assertThat(jdbc.queryForObject(
                        "select count(*) from extension_request where unit_id = ?", Integer.class, otherUnit))
                .isZero();
        // a period that does not exist
        mvc.perform(ask(admin, 999_999_999L, due.plusDays(20).format(DATE), "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/extension-requests/new?periodId=999999999").with(user(admin)))
                .andExpect(status().isNotFound());
        // the other unit sees nothing of it
        assertThat(page(otherAdmin, "/reports"))
                .doesNotContain("Giả mạo")
                .doesNotContain(due.plusDays(20).format(DATE))
                .contains("id=\"ask-extension-" + period + "\"");
        // deciding is staff's
        mvc.perform(get("/reports/extension-requests/" + id + "/refuse").with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/extension-requests/" + id + "/refuse")
                        .with(user(otherAdmin))
                        .with(csrf())
                        .param("reason", "Không")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/extensions/new")
                        .param("unitId", "" + unit)
                        .param("periodId", "" + period)
                        .param("request", "" + id)
                        .with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/extensions")
                        .with(user(admin))
                        .with(csrf())
                        .param("unitId", "" + unit)
                        .param("periodId", "" + period)
                        .param("requestId", "" + id)
                        .param("extendedTo", due.plusDays(20).format(DATE))
                        .param("reason", "Tự gia hạn"))
                .andExpect(status().isForbidden());
        // staff do not ask, the leader neither
        mvc.perform(get("/reports/extension-requests/new?periodId=" + period).with(user(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(ask(data.user("leader"), period, due.plusDays(20).format(DATE), "x"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select state from extension_request where id = ?", String.class, id))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline_extension where unit_id = ?", Integer.class, unit))
                .isZero();
    }

    // ------------------------------------------------------------------ staff decide

    @Test
    void staffGrantFromTheRequestAndEntryReopensForThatUnit() throws Exception {
        assertThat(page(admin, "/reports")).doesNotContain("id=\"start-button-" + period + "\"");
        requested();
        long id = pendingRequest();

        String queue = page(staff, "/reports/queue");
        int requests = queue.indexOf("id=\"queue-requests\"");
        assertThat(requests).isPositive();
        assertThat(queue.indexOf("id=\"request-" + id + "\"")).isGreaterThan(requests);
        assertThat(queue).contains("Cán bộ phụ trách nghỉ phép.");

        MvcResult opened = mvc.perform(get("/reports/extensions/new")
                        .param("unitId", "" + unit)
                        .param("periodId", "" + period)
                        .param("request", "" + id)
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andReturn();
        ExtensionForm prefilled =
                (ExtensionForm) opened.getModelAndView().getModel().get("form");
        assertThat(prefilled.getExtendedTo()).isEqualTo(due.plusDays(20));
        assertThat(prefilled.getReason()).isEqualTo("Cán bộ phụ trách nghỉ phép.");
        assertThat(prefilled.getRequestId()).isEqualTo(id);
        assertThat(opened.getResponse().getContentAsString()).contains("id=\"from-request\"");

        // a request from another unit does not fill this unit's form
        mvc.perform(get("/reports/extensions/new")
                        .param("unitId", "" + otherUnit)
                        .param("periodId", "" + period)
                        .param("request", "" + id)
                        .with(user(staff)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/reports/extensions")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", "" + unit)
                        .param("periodId", "" + period)
                        .param("requestId", "" + id)
                        .param("extendedTo", due.plusDays(15).format(DATE))
                        .param("reason", "Đồng ý, rút ngắn còn 15 ngày."))
                .andExpect(redirectedUrl("/reports/queue"));

        assertThat(jdbc.queryForObject(
                        "select extended_to from deadline_extension where unit_id = ? and period_id = ?",
                        LocalDate.class,
                        unit,
                        period))
                .isEqualTo(due.plusDays(15));
        assertThat(jdbc.queryForObject(
                        "select state || ' ' || granted_to || ' ' || decided_by from extension_request where id = ?",
                        String.class,
                        id))
                .isEqualTo("GRANTED " + due.plusDays(15) + " itstaff");
        assertThat(audited("EXTENSION_REQUEST_GRANTED", id)).isEqualTo(1);
        assertThat(notifications("EXTENSION_GRANTED", admin.username())).isEqualTo(1);
        assertThat(notifications("EXTENSION_GRANTED", otherAdmin.username())).isZero();

        String landing = page(admin, "/reports");
        assertThat(landing)
                .as("entry reopened for the unit")
                .contains("id=\"start-button-" + period + "\"")
                .contains(due.plusDays(15).format(DATE));
        assertThat(page(otherAdmin, "/reports"))
                .as("and for that unit only")
                .doesNotContain("id=\"start-button-" + period + "\"");

        String after = page(staff, "/reports/queue");
        assertThat(after).doesNotContain("id=\"request-" + id + "\"");
        String inForce = after.substring(after.indexOf("id=\"queue-extensions\""));
        assertThat(inForce).contains(jdbc.queryForObject("select code from unit where id = ?", String.class, unit));
        assertThat(inForce).contains(due.plusDays(15).format(DATE));
    }

    @Test
    void aGrantOpenedFromARequestDecidedMeanwhileIsAConflict() throws Exception {
        requested();
        long id = pendingRequest();
        jdbc.update(
                "update extension_request set state = 'REFUSED', pending_unit_id = null, refusal = 'x',"
                        + " version = version + 1 where id = ?",
                id);
        MvcResult result = mvc.perform(post("/reports/extensions")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", "" + unit)
                        .param("periodId", "" + period)
                        .param("requestId", "" + id)
                        .param("extendedTo", due.plusDays(15).format(DATE))
                        .param("reason", "Đồng ý"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(result).getGlobalError().getCode()).isEqualTo(vn.itplan.web.Forms.CONFLICT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline_extension where unit_id = ?", Integer.class, unit))
                .isZero();
    }

    @Test
    void staffRefuseWithAReasonAndTheUnitReadsIt() throws Exception {
        requested();
        long id = pendingRequest();
        String refusalPage = page(staff, "/reports/extension-requests/" + id + "/refuse");
        assertThat(refusalPage).contains("id=\"refusal-form\"").contains("Cán bộ phụ trách nghỉ phép.");

        MvcResult blank = mvc.perform(post("/reports/extension-requests/" + id + "/refuse")
                        .with(user(staff))
                        .with(csrf())
                        .param("reason", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(blank).hasFieldErrors("reason")).isTrue();

        mvc.perform(post("/reports/extension-requests/" + id + "/refuse")
                        .with(user(staff))
                        .with(csrf())
                        .param("reason", "Đã quá thời hạn tổng hợp của tỉnh.")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/reports/queue"))
                .andExpect(flash().attribute("flash", ReportTestData.success("report.extensionRequest.refused")));

        assertThat(jdbc.queryForObject("select state from extension_request where id = ?", String.class, id))
                .isEqualTo("REFUSED");
        assertThat(audited("EXTENSION_REQUEST_REFUSED", id)).isEqualTo(1);
        assertThat(notifications("EXTENSION_REFUSED", admin.username())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline_extension where unit_id = ?", Integer.class, unit))
                .isZero();

        String landing = page(admin, "/reports");
        assertThat(landing)
                .contains("Đã quá thời hạn tổng hợp của tỉnh.")
                .as("the unit may ask again")
                .contains("id=\"ask-extension-" + period + "\"");

        // refusing again (a second tab) is a stale edit, not a second decision
        MvcResult again = mvc.perform(post("/reports/extension-requests/" + id + "/refuse")
                        .with(user(staff))
                        .with(csrf())
                        .param("reason", "Lần hai")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form(again).getGlobalError().getCode()).isEqualTo(vn.itplan.web.Forms.CONFLICT);
        assertThat(audited("EXTENSION_REQUEST_REFUSED", id)).isEqualTo(1);
    }

    /** Polls until a backend is blocked by {@code blockerPid} (only sessions this test blocks, no one else's). */
    private void waitUntilSomeoneWaitsFor(int blockerPid, Future<?> task) throws InterruptedException {
        for (int i = 0; i < 400 && !task.isDone(); i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
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
