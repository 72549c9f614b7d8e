package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;

/** A unit admin's list puts what needs action first: a returned report with its comment, above later periods. */
@PostgresTest
class UnitWorkQueueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aReturnedReportComesFirstWithTheComment() throws Exception {
        ReportFixture fixture = new ReportFixture(jdbc);
        long unit = fixture.unit("queue", "SO", null, true);
        String username = "queue-admin-" + unit;
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role, unit_id) values (?, '{noop}x',"
                        + " 'Quản trị', 'UNIT_ADMIN', ?)",
                username,
                unit);
        var older = fixture.annualPeriod();
        var later = fixture.annualPeriod();
        long returned = fixture.report(unit, older.id(), "RETURNED").save();
        jdbc.update("update status_report set review_comment = ? where id = ?", "Bổ sung số máy chủ.", returned);

        String page = mvc.perform(get("/reports").with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        int returnedSection = page.indexOf("id=\"queue-RETURNED\"");
        assertThat(returnedSection).isPositive();
        assertThat(page.indexOf("id=\"period-" + older.id() + "\"")).isGreaterThan(returnedSection);
        assertThat(page.indexOf("id=\"period-" + later.id() + "\""))
                .as("the later, untouched period comes after the returned one")
                .isGreaterThan(page.indexOf("id=\"period-" + older.id() + "\""));
        assertThat(page).contains("Bổ sung số máy chủ.").contains("/units/" + unit + "/profile");
    }
}
