package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.ProgressStatus;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/**
 * "Kết quả thực hiện Kế hoạch năm 2015" on a 2016 draft: the targets of the issued plan 263/KH-UBND with the
 * verdicts of {@link PlanFiguresService}, "Đạt x/y chỉ tiêu" and the tasks, the same on the page and in the .docx.
 */
@PostgresTest
class PreviousYearResultsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanFiguresService figures;

    @Autowired
    ExportService exports;

    private Long draft(int year) {
        String number = "8" + (System.nanoTime() % 100000) + "/KH-PREV";
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status, revision_no, version)"
                        + " values (?, 'Kế hoạch thử kết quả năm trước', ?, 'UBND tỉnh Kon Tum', 'DRAFT', 0, 0)",
                number,
                year);
        return jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
    }

    @Test
    void a2016DraftShowsThe2015ResultsWithTheVerdictsOfThePlanFigures() throws Exception {
        PlanFigures.PlanTargets plan2015 = figures.targetsFor(2015).orElseThrow();
        assertThat(plan2015.planNumber()).isEqualTo("263/KH-UBND");
        long met = plan2015.targets().stream()
                .filter(t -> t.status() == ProgressStatus.ACHIEVED)
                .count();
        int all = plan2015.targets().size();
        assertThat(all).isPositive();
        String count = "Đạt " + met + "/" + all + " chỉ tiêu.";
        Long id = draft(2016);

        mvc.perform(get("/plans/{id}", id).with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả thực hiện Kế hoạch năm 2015")))
                .andExpect(content().string(containsString("263/KH-UBND")))
                .andExpect(content().string(containsString("id=\"previous-UD04\"")))
                .andExpect(content().string(containsString(count)))
                .andExpect(content().string(containsString("Triển khai chữ ký số cho lãnh đạo các đơn vị")));

        jdbc.update(
                "insert into plan_task (plan_id, name, lead_unit_id, budget, budget_used, status, position)"
                        + " select ?, 'Nâng cấp Trung tâm dữ liệu tỉnh', id, 2800000000, 100000000, 'PLANNED', 1"
                        + " from unit where code = 'STTTT'",
                id);
        jdbc.update(
                "insert into plan_task_funding (task_id, position, source, amount)"
                        + " select id, 0, 'PROVINCIAL', 2000000000 from plan_task where plan_id = ?",
                id);
        jdbc.update(
                "insert into plan_task_funding (task_id, position, source, amount)"
                        + " select id, 1, 'CENTRAL', 800000000 from plan_task where plan_id = ?",
                id);
        byte[] docx = exports.document(id).content();
        java.nio.file.Files.createDirectories(PlanDocumentTest.SAMPLES);
        java.nio.file.Files.write(PlanDocumentTest.SAMPLES.resolve("draft-2016.docx"), docx);
        Docx doc = new Docx(docx);
        assertThat(doc.text())
                .contains("Ngân sách tỉnh: 2.000.000.000\nNgân sách trung ương: 800.000.000")
                .contains("Kết quả thực hiện Kế hoạch năm 2015 (Kế hoạch số 263/KH-UBND)")
                .contains(count)
                .contains("Đã giải ngân");
        for (PlanFigures.TargetProgress t : plan2015.targets()) {
            String verdict = t.status() == ProgressStatus.ACHIEVED ? "Đạt" : "Chưa đạt";
            assertThat(doc.lines)
                    .as(t.code())
                    .anyMatch(l -> l.contains(t.target().indicator().getNameVi()) && l.endsWith("| " + verdict));
        }
    }

    @Test
    void thePreviewShowsTheDocumentsTextAndAnIssuedPlanSendsItsFrozenFile() throws Exception {
        Long id = draft(2016);
        Docx doc = new Docx(exports.document(id).content());
        String html = mvc.perform(get("/plans/{id}/preview", id).with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"preview-number\"").contains("Kon Tum, ngày");
        int from = doc.indexOfContaining("Kết quả thực hiện Kế hoạch năm 2015");
        assertThat(from).isPositive();
        for (String line : doc.lines.subList(from, from + 4)) {
            for (String cell : line.split(" \\| ")) {
                assertThat(html)
                        .as(line)
                        .contains(org.springframework.web.util.HtmlUtils.htmlEscape(
                                cell.lines().findFirst().orElse(""), "UTF-8"));
            }
        }
        mvc.perform(get("/plans/{id}", id).with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(content().string(containsString("href=\"/plans/" + id + "/preview\"")));
        Long issued = jdbc.queryForObject(
                "select min(id) from plan where number = '263/KH-UBND' and plan_year = 2015", Long.class);
        mvc.perform(get("/plans/{id}/preview", issued).with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/plans/" + issued + "/document.docx"));
    }

    @Test
    void aPlanWhoseYearBeforeHasNoIssuedPlanHasNoResultsSection() throws Exception {
        // a year handed out twice in a row: the first is this test's and has no plan, issued or not
        int before = TestYears.planYear();
        int year = TestYears.planYear();
        org.junit.jupiter.api.Assumptions.assumeTrue(year == before + 1, "two consecutive test years");
        Long id = draft(year);
        mvc.perform(get("/plans/{id}", id).with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"panel-previous\""))));
        assertThat(new Docx(exports.document(id).content()).text()).doesNotContain("Kết quả thực hiện Kế hoạch năm");
    }
}
