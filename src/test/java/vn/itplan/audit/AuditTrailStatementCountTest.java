package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;

/** Naming the records of a page costs a fixed number of statements, whatever the number of rows. */
@PostgresTest
class AuditTrailStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    /** A full page (50 rows) about {@code distinct} reports and as many units. */
    int statementsForAPageAbout(int distinct) {
        int events = 25;
        String actor = "count-" + distinct + "-" + System.nanoTime();
        List<Long> reports = jdbc.queryForList("select id from status_report order by id", Long.class);
        List<Long> units = jdbc.queryForList("select id from unit order by id", Long.class);
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < events; i++) {
                audit.record(
                        actor,
                        "REPORT_SAVED",
                        "StatusReport",
                        reports.get(i % distinct),
                        "1 field(s) changed",
                        "staffCount: " + i + " → " + (i + 1));
                audit.record(actor, "UNIT_UPDATED", "Unit", units.get(i % distinct), "X: name", "name: a → b");
            }
        });
        UserDetails admin = users.loadUserByUsername("admin");
        return StatementCounter.count(() -> {
                    try {
                        return mvc.perform(get("/admin/audit")
                                        .param("actor", actor)
                                        .with(user(admin)))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .statements();
    }

    @Test
    void namingTwentyFiveRecordsCostsNoMoreStatementsThanNamingOne() {
        int one = statementsForAPageAbout(1);
        int many = statementsForAPageAbout(25);
        assertThat(many).isEqualTo(one);
        assertThat(many).isLessThan(15);
    }
}
