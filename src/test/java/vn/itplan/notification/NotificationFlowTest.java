package vn.itplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.period.WorkingDays;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;

/**
 * Notifications end to end with a real SMTP server in the test JVM (GreenMail): a returned report reaches its unit's
 * administrator in the portal and by e-mail; deadline reminders three working days before the due date, once even
 * with two scheduler instances; the staff's reminder from the board reaches exactly the late units; a failing server
 * is retried and then marked failed.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationFlowTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    OutboxSender sender;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    MeterRegistry meters;

    ReportFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ReportFixture(jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    @Order(1)
    void aReturnedReportReachesItsUnitAdminInThePortalAndByEmail() throws Exception {
        long unit = fixture.unit("notif", "SO", null, true);
        String admin = unitAdmin(unit, "returned");
        long period = fixture.annualPeriod().id();
        long report = fixture.report(unit, period, "SUBMITTED").save();
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, report);

        mvc.perform(post("/reports/{id}/return", report)
                        .with(user(users.loadUserByUsername("itstaff")))
                        .with(csrf())
                        .param("comment", "Số máy tính chưa khớp với biểu 2.")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/notifications").with(user(users.loadUserByUsername(admin))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"bell-count\">1<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("đã bị itstaff trả lại")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Số máy tính chưa khớp")));
        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = inbox(admin);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).startsWith("[ITPlan] Báo cáo bị trả lại:");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("text/plain").contains("text/html");
        assertThat(outboxStates(admin)).containsExactly("SENT");

        // opening it leads to the report and clears the count
        Long id = jdbc.queryForObject(
                "select n.id from notification n join app_user u on u.id = n.user_id where u.username = ?",
                Long.class,
                admin);
        mvc.perform(post("/notifications/{id}/open", id)
                        .with(user(users.loadUserByUsername(admin)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reports/" + report));
        mvc.perform(get("/notifications").with(user(users.loadUserByUsername(admin))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"bell-count\""))));
    }

    @Test
    @Order(2)
    void twoSchedulerInstancesSendEachDeadlineReminderOnce() throws Exception {
        long late = fixture.unit("late", "SO", null, true);
        long done = fixture.unit("done", "SO", null, true);
        String lateAdmin = unitAdmin(late, "late");
        String doneAdmin = unitAdmin(done, "done");
        var period = fixture.annualPeriod();
        fixture.report(done, period.id(), "SUBMITTED").save();
        LocalDate due = LocalDate.of(period.year() + 1, 1, 15);
        WorkingDays.Calendar days = workingDays.around(due);
        LocalDate today = due.minusDays(10);
        while (days.until(today, due) != 3 || !days.isWorkingDay(today)) {
            today = today.plusDays(1);
        }
        LocalDate threeDaysBefore = today;

        // two instances: each its own lock provider on the one shedlock table
        List<LockingTaskExecutor> instances = List.of(executor(), executor());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (LockingTaskExecutor instance : instances) {
                Callable<Object> job = () -> {
                    instance.executeWithLock(
                            (Runnable) () -> reminders.remind(threeDaysBefore),
                            new LockConfiguration(
                                    java.time.Instant.now(),
                                    "notification.deadline-reminders",
                                    Duration.ofMinutes(5),
                                    Duration.ZERO));
                    return null;
                };
                runs.add(pool.submit(job));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.remind(threeDaysBefore); // and a retry on the same day adds nothing

        assertThat(notifications(lateAdmin)).containsExactly("DEADLINE:3");
        assertThat(notifications(doneAdmin)).isEmpty();
        sender.sendDue();
        MimeMessage[] received = inbox(lateAdmin);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Còn 3 ngày làm việc");
        assertThat(inbox(doneAdmin)).isEmpty();
    }

    @Test
    @Order(3)
    void theBoardsReminderReachesExactlyTheLateUnitsAfterShowingWho() throws Exception {
        long notStarted = fixture.unit("nostart", "SO", null, true);
        long submitted = fixture.unit("submitted", "SO", null, true);
        String lateAdmin = unitAdmin(notStarted, "nostart");
        String okAdmin = unitAdmin(submitted, "submitted");
        long period = fixture.annualPeriod().id();
        fixture.report(submitted, period, "SUBMITTED").save();

        mvc.perform(get("/notifications/remind")
                        .param("period", String.valueOf(period))
                        .with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("recipient-" + notStarted)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quantri@" + lateAdmin)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("recipient-" + submitted))));
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/notifications/remind")
                            .param("period", String.valueOf(period))
                            .with(user(users.loadUserByUsername("itstaff")))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/reports?period=" + period));
        }

        assertThat(notifications(lateAdmin)).containsExactly("REMINDER:null");
        assertThat(notifications(okAdmin)).isEmpty();
        sender.sendDue();
        assertThat(inbox(lateAdmin)).hasSize(1);
        assertThat(inbox(okAdmin)).isEmpty();
    }

    @Test
    @Order(4)
    void aFailingServerIsRetriedWithAGrowingDelayThenMarkedFailedWithoutFailingTheAction() throws Exception {
        long unit = fixture.unit("smtpdown", "SO", null, true);
        String admin = unitAdmin(unit, "smtpdown");
        long period = fixture.annualPeriod().id();
        long report = fixture.report(unit, period, "SUBMITTED").save();
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, report);
        smtp.stop();
        try {
            mvc.perform(post("/reports/{id}/approve", report)
                            .with(user(users.loadUserByUsername("itstaff")))
                            .with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select state from status_report where id = ?", String.class, report))
                    .isEqualTo("APPROVED");
            double failedBefore = meters.counter("itplan.notifications.failed").count();

            List<Long> delays = new ArrayList<>();
            for (int attempt = 1; attempt <= 3; attempt++) {
                sender.sendDue();
                delays.add(jdbc.queryForObject(
                        "select extract(epoch from (o.next_attempt_at - now()))::bigint from notification_outbox o"
                                + " join notification n on n.id = o.notification_id join app_user u on u.id = n.user_id"
                                + " where u.username = ?",
                        Long.class,
                        admin));
                sender.sendDue();
                assertThat(attempts(admin))
                        .as("not tried again before its delay")
                        .isEqualTo(attempt);
                jdbc.update(
                        "update notification_outbox set next_attempt_at = now() - interval '1 second'"
                                + " where state = 'PENDING' and notification_id in (select n.id from notification n"
                                + " join app_user u on u.id = n.user_id where u.username = ?)",
                        admin);
            }
            assertThat(delays.get(1)).isGreaterThan(delays.get(0) * 3);
            assertThat(outboxStates(admin)).containsExactly("FAILED");
            assertThat(meters.counter("itplan.notifications.failed").count()).isEqualTo(failedBefore + 1);
        } finally {
            smtp.start();
        }
    }

    private LockingTaskExecutor executor() {
        return new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    private String unitAdmin(long unitId, String label) {
        String username = "notif-" + label + "-" + unitId;
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, email, role, unit_id) values (?, ?, ?, ?,"
                        + " 'UNIT_ADMIN', ?)",
                username,
                "{noop}x",
                "Quản trị " + label,
                "quantri@" + username + ".example.vn",
                unitId);
        return username;
    }

    private static MimeMessage[] inbox(String username) {
        return smtp.getReceivedMessagesForDomain(username + ".example.vn");
    }

    private int attempts(String username) {
        return jdbc.queryForObject(
                "select o.attempts from notification_outbox o join notification n on n.id = o.notification_id"
                        + " join app_user u on u.id = n.user_id where u.username = ?",
                Integer.class,
                username);
    }

    private List<String> notifications(String username) {
        return jdbc.queryForList(
                "select n.kind || ':' || coalesce(cast(n.days_left as varchar), 'null') from notification n"
                        + " join app_user u on u.id = n.user_id where u.username = ? order by n.id",
                String.class,
                username);
    }

    private List<String> outboxStates(String username) {
        return jdbc.queryForList(
                "select o.state from notification_outbox o join notification n on n.id = o.notification_id"
                        + " join app_user u on u.id = n.user_id where u.username = ?",
                String.class,
                username);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
