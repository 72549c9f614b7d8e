package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;

/**
 * The checklist before issue, through the routes: blocking items refuse the issue, the others need a confirmation
 * that the audit trail keeps, and the leader's sign-off (on in the demo data) is recorded and voided by a change.
 */
@PostgresTest
class PlanIssueChecksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    PlanIssueChecks checks;

    @Autowired
    JdbcTemplate jdbc;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    UserDetails leader() {
        return users.loadUserByUsername("leader");
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(staff())).with(csrf());
    }

    @BeforeEach
    void signOffRequiredAsInTheDemo() {
        jdbc.update("update plan_setting set sign_off_required = true where id = 1");
    }

    /** A draft with everything a checklist's blocking items ask for, unless the caller says otherwise. */
    Long draft(int year, String number, String issueDate, String signer, Long baselinePeriod) throws Exception {
        MvcResult result = mvc.perform(asStaff(post("/plans"))
                        .param("number", number)
                        .param("year", String.valueOf(year))
                        .param("title", "Kế hoạch thử " + UUID.randomUUID())
                        .param("issuer", "UBND tỉnh Kon Tum")
                        .param("issueDate", issueDate)
                        .param("signer", signer)
                        .param("signerTitle", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
                        .param("baselinePeriodId", baselinePeriod == null ? "" : baselinePeriod.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.valueOf(result.getResponse().getRedirectedUrl().substring("/plans/".length()));
    }

    void signOff(Long id) throws Exception {
        mvc.perform(post("/plans/{id}/sign-off", id).with(user(leader())).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    String page(Long id) throws Exception {
        return mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    IssueChecklist.Item item(Long id, String code) {
        return checks.of(id).items().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNumberIsWellFormedWithItsSequenceZeroPaddedBelowTen() {
        for (String good : List.of("263/KH-UBND", "05/KH-UBND", "10/KH-STTTT", "419/KH-UBND")) {
            assertThat(PlanIssueChecks.NUMBER.matcher(good).matches()).as(good).isTrue();
        }
        for (String bad : List.of(
                "/KH-UBND",
                "5/KH-UBND",
                "263 /KH-UBND",
                "263/KH UBND",
                "263/QĐ-UBND",
                "263-KH-UBND",
                "…/KH-UBND",
                "0/KH-UBND",
                "263/kh-ubnd")) {
            assertThat(PlanIssueChecks.NUMBER.matcher(bad).matches()).as(bad).isFalse();
        }
    }

    @Test
    void aPlanWithoutANumberIsNotIssuedAndTheChecklistSaysWhy() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year, "/KH-UBND", "05/01/" + year, "Nguyễn Văn Ký", null);
        signOff(id);
        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().isConflict());
        assertThat(plans.get(id).isDraft()).isTrue();
        assertThat(item(id, "NUMBER_PRESENT").ok()).isFalse();
        assertThat(item(id, "NUMBER_FORMAT").ok()).isFalse();
        assertThat(page(id))
                .contains("id=\"check-NUMBER_FORMAT\"", "check-blocking", "id=\"issue-blocked\"")
                .containsPattern("id=\"issue-plan\"[^>]*disabled");
    }

    @Test
    void aNumberTheIssuerUsedInTheSameYearOfIssueIsRefusedAndNumbersRestartEachYear() throws Exception {
        int year = TestYears.planYear();
        String number = "77/KH-UBND";
        // another plan (of another plan year) issued with that number in January of this year
        jdbc.update(
                "insert into plan (number, title, plan_year, issue_date, issuer, signer, signer_title, status)"
                        + " values (?, 'Kế hoạch khác', ?, ?, 'UBND tỉnh Kon Tum', 'X', 'Y', 'ISSUED')",
                number,
                TestYears.planYear(),
                java.sql.Date.valueOf(year + "-01-20"));
        Long id = draft(year, number, "05/03/" + year, "Nguyễn Văn Ký", null);
        assertThat(item(id, "NUMBER_UNIQUE").ok()).isFalse();
        assertThat(item(id, "NUMBER_UNIQUE").args()).containsExactly(number, String.valueOf(year));
        signOff(id);
        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().isConflict());

        // issued on 1 January of the next year, the number is free again
        Plan plan = plans.get(id);
        mvc.perform(asStaff(post("/plans/{id}", id))
                        .param("number", number)
                        .param("title", plan.getTitle())
                        .param("year", String.valueOf(year))
                        .param("issuer", plan.getIssuer())
                        .param("issueDate", "01/01/" + (year + 1))
                        .param("signer", plan.getSigner())
                        .param("signerTitle", plan.getSignerTitle())
                        .param("version", String.valueOf(plan.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(item(id, "NUMBER_UNIQUE").ok()).isTrue();
    }

    @Test
    void partialFiguresAskForAConfirmationWhichIsAudited() throws Exception {
        int year = TestYears.planYear();
        ReportFixture fx = new ReportFixture(jdbc);
        long period = fx.annualPeriod(year);
        long unit = fx.unit("IS", "SO", null, true);
        fx.unit("IT", "SO", null, true);
        fx.report(unit, period, "APPROVED")
                .infrastructure(10, 10, 10, 10, 1, true, true, false, false, false, 10, 1)
                .save();
        Long id = draft(year, "12/KH-UBND", "05/01/" + year, "Nguyễn Văn Ký", period);
        signOff(id);
        IssueChecklist.Item coverage = item(id, "COVERAGE");
        assertThat(coverage.ok()).isFalse();
        assertThat(coverage.blocking()).isFalse();
        assertThat(checks.of(id).blocked()).isFalse();
        assertThat(page(id)).contains("id=\"issue-confirmed\"", "check-warning");

        mvc.perform(asStaff(post("/plans/{id}/issue", id)))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("hãy đánh dấu xác nhận"));
        assertThat(plans.get(id).isDraft()).isTrue();

        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(id).isIssued()).isTrue();
        List<String> confirmed = jdbc.queryForList(
                "select details from audit_event where entity_type = 'Plan' and entity_id = ?"
                        + " and action = 'PLAN_ISSUE_CONFIRMED'",
                String.class,
                id);
        assertThat(confirmed).singleElement().asString().contains("§plan.check.COVERAGE.fail|1|");
    }

    @Test
    void aLeaderSignsTheDraftOffWithNameAndTimeAndAChangeVoidsIt() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year, "31/KH-UBND", "05/01/" + year, "Nguyễn Văn Ký", null);
        assertThat(item(id, "SIGN_OFF").ok()).isFalse();
        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().isConflict());
        // IT staff cannot sign off themselves
        mvc.perform(asStaff(post("/plans/{id}/sign-off", id))).andExpect(status().isForbidden());

        signOff(id);
        Plan signed = plans.get(id);
        assertThat(signed.getSignedOffBy()).isEqualTo("leader");
        assertThat(signed.getSignedOffAt()).isNotNull();
        assertThat(item(id, "SIGN_OFF").ok()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'PLAN_SIGNED_OFF'",
                        Integer.class,
                        id))
                .isEqualTo(1);

        // a section added after the sign-off: what was approved is not what would be issued
        mvc.perform(asStaff(post("/plans/{id}/sections", id)).param("title", "Mục thêm sau khi duyệt"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(id).isSignedOff()).isFalse();

        signOff(id);
        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(id).isIssued()).isTrue();
        assertThat(page(id)).contains("id=\"signed-off-by\"");
    }

    @Test
    void withoutTheRuleNoSignOffIsAsked() throws Exception {
        jdbc.update("update plan_setting set sign_off_required = false where id = 1");
        try {
            int year = TestYears.planYear();
            Long id = draft(year, "32/KH-UBND", "05/01/" + year, "Nguyễn Văn Ký", null);
            assertThat(checks.of(id).items())
                    .extracting(IssueChecklist.Item::code)
                    .doesNotContain("SIGN_OFF");
        } finally {
            signOffRequiredAsInTheDemo();
        }
    }

    @Test
    void onlyAnAdministratorChangesTheRuleAndTheChangeIsAudited() throws Exception {
        mvc.perform(asStaff(post("/plans/settings")).param("signOffRequired", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/settings")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("signOffRequired", "false"))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(jdbc.queryForObject("select sign_off_required from plan_setting where id = 1", Boolean.class))
                    .isFalse();
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'PLAN_SETTING_CHANGED'", Integer.class))
                    .isPositive();
        } finally {
            signOffRequiredAsInTheDemo();
        }
    }
}
