package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.Flash;

/**
 * The plan figures page on the demo data: plan 263's figures from the approved 2014 reports (29/29 eOffice, 17/29 ≈ 60% e-mail),
 * each linked to its units, and the generated section II text inserted into a draft and regenerated.
 */
@PostgresTest
class PlanFiguresControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    Long plan263() {
        return jdbc.queryForObject(
                "select min(id) from plan where number = '263/KH-UBND' and plan_year = 2015", Long.class);
    }

    Long period2014() {
        return jdbc.queryForObject(
                "select id from reporting_period where period_year = 2014 and kind = 'ANNUAL'", Long.class);
    }

    /** A draft 2016 plan on the 2014 reports, without sections. */
    Long draftOn2014() {
        String number = "9" + (System.nanoTime() % 100000) + "/KH-FIG";
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status, baseline_period_id, revision_no, version)"
                        + " values (?, 'Kế hoạch thử số liệu', 2016, 'UBND tỉnh Kon Tum', 'DRAFT', ?, 0, 0)",
                number,
                period2014());
        return jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
    }

    /**
     * A target is entered in its indicator's display unit: a count of units (UD04) is at most the units expected to
     * report in the plan's year, with the message next to the field and the input kept.
     */
    @Test
    void aCountOfUnitsTargetIsAtMostTheExpectedUnits() throws Exception {
        String number = "8" + (System.nanoTime() % 100000) + "/KH-FIG";
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status, baseline_period_id, revision_no, version)"
                        + " values (?, 'Kế hoạch thử chỉ tiêu', 2015, 'UBND tỉnh Kon Tum', 'DRAFT', ?, 0, 0)",
                number,
                period2014());
        Long id = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        Long ud04 = jdbc.queryForObject("select id from indicator where code = 'UD04'", Long.class);

        mvc.perform(post("/plans/{id}/targets", id)
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("indicatorId", String.valueOf(ud04))
                        .param("targetValue", "10000"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("targetForm", "targetValue", "indicator.target.unitsOverExpected"))
                .andExpect(content().string(containsString("10000")));
        mvc.perform(post("/plans/{id}/targets", id)
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("indicatorId", String.valueOf(ud04))
                        .param("targetValue", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_target where plan_id = ? and indicator_id = ?",
                        Integer.class,
                        id,
                        ud04))
                .isEqualTo(1);
    }

    @Test
    void plan263ShowsItsFiguresFromThe2014Reports() throws Exception {
        Long id = plan263();
        mvc.perform(get("/plans/{id}/rollup", id).with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("29/29 đơn vị phải báo cáo")))
                .andExpect(content().string(containsString("href=\"/figures/" + period2014() + "/UD04\">29/29 đơn vị")))
                .andExpect(content().string(containsString("href=\"/figures/" + period2014() + "/UD02\">17/29 đơn vị")))
                .andExpect(content().string(containsString("Đến nay khoảng 60% đơn vị (17/29 đơn vị)")))
                .andExpect(content().string(not(containsString("id=\"insert-EMAIL\""))));
    }

    @Test
    void leadersSeeTheFiguresOnThePlanPageButNotTheStaffPage() throws Exception {
        Long id = plan263();
        mvc.perform(get("/plans/{id}", id).with(user(as("leader"))))
                .andExpect(status().isOk())
                // issued: the figures frozen at issue (taken at start-up for the demo plan)
                .andExpect(content().string(containsString("id=\"frozen-UD04\"")))
                .andExpect(content().string(containsString("29/29 đơn vị")))
                .andExpect(content().string(not(containsString("id=\"open-rollup\""))));
        mvc.perform(get("/plans/{id}/rollup", id).with(user(as("leader")))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/rollup", id).with(user(as("unit-dakha")))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/rollup", 999999).with(user(as("itstaff")))).andExpect(status().isNotFound());
    }

    @Test
    void theGeneratedTextIsInsertedInVietnameseAndRegeneratedWithTheChangesShown() throws Exception {
        Long id = draftOn2014();

        mvc.perform(post("/plans/{id}/narrative/EMAIL", id)
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("lang", "en"))
                .andExpect(redirectedUrl("/plans/" + id + "/rollup#narrative"))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "plan.narrative.inserted")));
        List<PlanViews.SectionView> sections = plans.sections(id);
        assertThat(sections)
                .extracting(s -> s.section().fullTitle())
                .containsExactly(
                        "II. Hiện trạng ứng dụng CNTT trong hoạt động của cơ quan nhà nước",
                        "Tình hình sử dụng hệ thống thư điện tử");
        PlanSection email = sections.get(1).section();
        assertThat(email.getBody()).startsWith("Đến nay khoảng 60% đơn vị (17/29 đơn vị)");
        assertThat(email.getGeneratedPart()).isEqualTo(NarrativePart.EMAIL);

        // staff edit the text; the page then shows what regenerating would change
        jdbc.update(
                "update plan_section set body = ? where id = ?",
                "Đến nay khoảng 50% đơn vị dùng thư điện tử.",
                email.getId());
        mvc.perform(get("/plans/{id}/rollup", id).with(user(as("itstaff"))))
                .andExpect(content().string(containsString("class=\"diff-removed\"")))
                .andExpect(content().string(containsString("Đến nay khoảng 50% đơn vị dùng thư điện tử.")))
                .andExpect(content().string(containsString("id=\"insert-EMAIL\"")));

        mvc.perform(post("/plans/{id}/narrative/EMAIL", id)
                .with(user(as("itstaff")))
                .with(csrf()));
        assertThat(plans.sections(id)).hasSize(2);
        assertThat(plans.sections(id).get(1).section().getBody()).startsWith("Đến nay khoảng 60% đơn vị");
        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .contains("SECTION_GENERATED", "SECTION_REGENERATED");

        mvc.perform(post("/plans/{id}/narrative/EOFFICE", id)
                .with(user(as("itstaff")))
                .with(csrf()));
        assertThat(plans.sections(id))
                .extracting(s -> s.section().getTitle())
                .contains("Tình hình sử dụng phần mềm văn phòng điện tử - eOffice");
        assertThat(plans.sections(id)).hasSize(3);
    }

    @Test
    void anIssuedPlanAndOtherRolesCannotReceiveGeneratedText() throws Exception {
        Long id = plan263();
        int before = plans.sections(id).size();

        mvc.perform(post("/plans/{id}/narrative/EMAIL", id)
                        .with(user(as("itstaff")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/plans/" + id + "/rollup"))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.ERROR, "plan.locked")));
        mvc.perform(post("/plans/{id}/narrative/EMAIL", id)
                        .with(user(as("leader")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/narrative/NOPE", id)
                        .with(user(as("itstaff")))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(plans.sections(id)).hasSize(before);
    }
}
