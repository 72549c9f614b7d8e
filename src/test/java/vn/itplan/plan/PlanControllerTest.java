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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.legal.LegalDocumentQuery;
import vn.itplan.legal.LegalDocumentService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.unit.UnitService;
import vn.itplan.web.Flash;

@PostgresTest
class PlanControllerTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** The year of this class's drafts; one year for all of them, to spare {@link TestYears}' plan years. */
    private static final int YEAR = TestYears.planYear();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    AuditService audit;

    @Autowired
    IndicatorService indicators;

    @Autowired
    UnitService units;

    @Autowired
    LegalDocumentService legal;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    UserDetails leader() {
        return users.loadUserByUsername("leader");
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(staff())).with(csrf());
    }

    MockHttpServletRequestBuilder newPlan(String number, String year, String issue, String effective, String title) {
        return asStaff(post("/plans"))
                .param("number", number)
                .param("year", year)
                .param("title", title)
                .param("issueDate", issue)
                .param("effectiveDate", effective)
                .param("issuer", "UBND tỉnh Kon Tum")
                .param("signer", "")
                .param("signerTitle", "")
                .param("fields", "")
                .param("baselinePeriodId", "");
    }

    /** A fresh draft plan; returns its id. */
    Long draft() throws Exception {
        String number = (500 + SEQ.incrementAndGet()) + "/KH-MVC" + System.nanoTime() % 100000;
        MvcResult result = mvc.perform(newPlan(number, String.valueOf(YEAR), "", "", "Kế hoạch thử " + number))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/plans/");
        return Long.valueOf(location.substring("/plans/".length()));
    }

    Long demoPlanId() {
        return plans.listByYear().stream()
                .flatMap(g -> g.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> p.getNumber().equals("263/KH-UBND") && p.getYear() == 2015 && p.getRevisionNo() == 0)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    // ---------------------------------------------------------------- who may see and change what

    @Test
    void leaderReadsPlan263WithItsLegalBasesInOrderAndNoEditControl() throws Exception {
        String html = mvc.perform(get("/plans/{id}", demoPlanId()).with(user(leader())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> numbers = List.of(
                "67/2006/QH11",
                "51/2005/QH11",
                "64/2007/NĐ-CP",
                "1605/QĐ-TTg",
                "465/QĐ-UBND",
                "1388/QĐ-UBND",
                "686/QĐ-UBND",
                "03/2011/CT-UBND",
                "170/QĐ-UBND",
                "2016/BTTTT-THH",
                "1635/VP-VX");
        int at = html.indexOf("id=\"legal-bases\"");
        for (String number : numbers) {
            int next = html.indexOf("data-number=\"" + number + "\"", at);
            assertThat(next).as(number + " after the previous basis").isGreaterThan(at);
            at = next;
        }
        assertThat(html)
                .contains("Tình hình sử dụng hệ thống thư điện tử")
                .contains("5.940.000.000 đ")
                .contains("Lại Xuân Lâm");
        // the only form on the page is the sign-out form of the layout
        assertThat(html.split("<form", -1)).hasSize(2);
        assertThat(html)
                .doesNotContain("id=\"issue-plan\"")
                .doesNotContain("id=\"revise-plan\"")
                .doesNotContain("id=\"edit-metadata\"")
                .doesNotContain("id=\"doc-search\"")
                .doesNotContain("id=\"add-section\"")
                .doesNotContain("id=\"add-task\"")
                .doesNotContain("data-confirm");
    }

    @Test
    void leaderSeesADraftWithoutControlsToo() throws Exception {
        Long id = draft();
        String html = mvc.perform(get("/plans/{id}?edit=metadata&addSection=top&addTask=1", id)
                        .with(user(leader())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // besides the sign-out form, only the sign-off (the demo asks a leader to approve a draft before issue)
        assertThat(html.split("<form", -1)).hasSize(3);
        assertThat(html).contains("id=\"read-only-reason-leader\"", "id=\"sign-off-form\"");
        mvc.perform(get("/plans/new").with(user(leader()))).andExpect(status().isForbidden());
    }

    @Test
    void leaderCannotPostAnything() throws Exception {
        Long id = draft();
        for (String path : List.of(
                "/plans",
                "/plans/" + id,
                "/plans/" + id + "/legal-bases",
                "/plans/" + id + "/legal-bases/1/up",
                "/plans/" + id + "/legal-bases/1/delete",
                "/plans/" + id + "/sections",
                "/plans/" + id + "/sections/1/down",
                "/plans/" + id + "/sections/1/delete",
                "/plans/" + id + "/targets",
                "/plans/" + id + "/targets/1/delete",
                "/plans/" + id + "/tasks",
                "/plans/" + id + "/tasks/1/up",
                "/plans/" + id + "/tasks/1/delete",
                "/plans/" + id + "/issue",
                "/plans/" + demoPlanId() + "/revise")) {
            mvc.perform(post(path).with(user(leader())).with(csrf()).param("title", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(plans.get(id).isDraft()).isTrue();
    }

    @Test
    void unitAdminsCannotReachPlans() throws Exception {
        UserDetails unitAdmin = users.loadUserByUsername("unit-dakha");
        mvc.perform(get("/plans").with(user(unitAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}", demoPlanId()).with(user(unitAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/issue", demoPlanId())
                        .with(user(unitAdmin))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffSeeTheListGroupedByYearWithTheNewPlanButton() throws Exception {
        mvc.perform(get("/plans").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-plan\"")))
                .andExpect(content().string(containsString("id=\"year-2015\"")))
                .andExpect(content().string(containsString("263/KH-UBND")));
        mvc.perform(get("/plans").with(user(leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-plan\""))));
    }

    /** A deletion's message counts what went (the section and the parts under it). */
    @Test
    void deletingASectionIsFlashedWithWhatWent() throws Exception {
        Long id = draft();
        String title = "Mục sẽ xóa " + SEQ.incrementAndGet();
        mvc.perform(asStaff(post("/plans/{id}/sections", id)).param("title", title))
                .andExpect(status().is3xxRedirection());
        Long section = plans.sections(id).stream()
                .filter(s -> title.equals(s.section().getTitle()))
                .findFirst()
                .orElseThrow()
                .section()
                .getId();

        mvc.perform(asStaff(post("/plans/{id}/sections/{s}/delete", id, section)))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute(Flash.ATTRIBUTE, new Flash(Flash.Kind.SUCCESS, "plan.section.deleted", "1")));
        assertThat(plans.sections(id)).noneMatch(s -> s.section().getId().equals(section));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        Long id = draft();
        mvc.perform(get("/plans/{id}", 99_999_999).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/issue", 99_999_999))).andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/sections/{s}/delete", id, 99_999_999)))
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/legal-bases/{b}/up", id, 99_999_999)))
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/targets/{t}/delete", id, 99_999_999)))
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/tasks/{t}/delete", id, 99_999_999)))
                .andExpect(status().isNotFound());
        // a section of plan 263 addressed through another plan is not found either
        Long demoSection = plans.sections(demoPlanId()).get(0).section().getId();
        mvc.perform(asStaff(post("/plans/{id}/sections/{s}/up", id, demoSection)))
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("title", "x")
                        .param("parentId", demoSection.toString()))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- an issued plan is read-only

    @Test
    void nobodyCanEditAnIssuedPlan() throws Exception {
        Long id = demoPlanId();
        int sections = plans.sections(id).size();
        Long section = plans.sections(id).get(0).section().getId();
        Long basis = plans.legalBases(id).get(1).id();
        Plan before = plans.get(id);
        for (MockHttpServletRequestBuilder request : List.of(
                post("/plans/{id}/sections", id).param("title", "Mục chen ngang"),
                post("/plans/{id}/sections/{s}/delete", id, section),
                post("/plans/{id}/legal-bases/{b}/up", id, basis),
                post("/plans/{id}/legal-bases", id).param("documentId", "1"),
                post("/plans/{id}/targets", id).param("indicatorId", "1").param("targetValue", "1"),
                post(
                        "/plans/{id}/tasks/{t}/delete",
                        id,
                        plans.tasks(id).get(0).task().getId()),
                post("/plans/{id}/issue", id),
                post("/plans/{id}", id)
                        .param("number", "263/KH-UBND")
                        .param("title", "Đổi tên")
                        .param("year", "2015")
                        .param("issuer", "UBND tỉnh Kon Tum")
                        .param("version", String.valueOf(before.getVersion())))) {
            mvc.perform(asStaff(request))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("id=\"flash-error\"")))
                    .andExpect(content().string(containsString("Kế hoạch đã ban hành nên không sửa được")));
        }
        assertThat(plans.sections(id)).hasSize(sections);
        assertThat(plans.legalBases(id).get(1).id()).isEqualTo(basis);
        assertThat(plans.get(id).getTitle()).isEqualTo(before.getTitle());
        assertThat(plans.get(id).getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void issuingNeedsAnIssueDateThenMakesThePageReadOnly() throws Exception {
        Long id = draft();
        mvc.perform(asStaff(post("/plans/{id}/issue", id)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("hãy nhập ngày ban hành")));
        Plan plan = plans.get(id);
        mvc.perform(asStaff(post("/plans/{id}", id))
                        .param("number", plan.getNumber())
                        .param("title", plan.getTitle())
                        .param("year", String.valueOf(YEAR))
                        .param("issuer", plan.getIssuer())
                        .param("issueDate", "05/01/" + YEAR)
                        .param("signer", "Nguyễn Văn Ký")
                        .param("signerTitle", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
                        .param("version", String.valueOf(plan.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/sign-off", id).with(user(leader())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/plans/{id}/issue", id)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        Plan issued = plans.get(id);
        assertThat(issued.isIssued()).isTrue();
        assertThat(issued.getEffectiveDate()).isEqualTo(issued.getIssueDate());
        String html = mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"read-only-reason\"")
                .contains("id=\"revise-plan\"")
                .doesNotContain("id=\"issue-plan\"")
                .doesNotContain("id=\"doc-search\"");
        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "PLAN_CREATED", "PLAN_UPDATED", "PLAN_SIGNED_OFF", "PLAN_ISSUE_CONFIRMED", "PLAN_ISSUED");
    }

    // ---------------------------------------------------------------- metadata validation

    @Test
    void anImpossibleDateIsAnErrorNextToTheFieldAndTheInputIsKept() throws Exception {
        mvc.perform(newPlan("77/KH-BAD", String.valueOf(YEAR), "31/02/2015", "", "Kế hoạch có ngày sai"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("planForm", "issueDate"))
                .andExpect(content().string(containsString("value=\"31/02/2015\"")))
                .andExpect(content().string(containsString("value=\"77/KH-BAD\"")))
                .andExpect(content().string(containsString("Nhập ngày có thật theo dạng dd/MM/yyyy")));
    }

    @Test
    void crossFieldAndUniquenessRulesAreCheckedOnTheServer() throws Exception {
        mvc.perform(newPlan("78/KH-BAD", String.valueOf(YEAR), "10/02/2015", "09/02/2015", "Hiệu lực trước ban hành"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("planForm", "effectiveDate", "plan.effectiveBeforeIssue"))
                .andExpect(content().string(containsString("value=\"09/02/2015\"")));
        mvc.perform(newPlan("263/KH-UBND", "2015", "", "", "Trùng số"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("planForm", "number", "plan.number.duplicate"))
                .andExpect(content().string(containsString("Cơ quan này đã có kế hoạch số 263/KH-UBND năm 2015")));
        mvc.perform(newPlan("79/KH-BAD", "1999", "", "", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("planForm", "year", "title"))
                .andExpect(content().string(containsString("Tối đa 1000 ký tự")));
        mvc.perform(newPlan("", "abc", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("planForm", "number", "year", "title"));
        // the same number for another year (not the demo plan's 2015) is allowed
        mvc.perform(newPlan("263/KH-UBND", String.valueOf(YEAR), "", "", "Cùng số, năm khác"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStaleMetadataEditIsAConflictThatKeepsTheInput() throws Exception {
        Long id = draft();
        Plan plan = plans.get(id);
        String version = String.valueOf(plan.getVersion());
        mvc.perform(asStaff(post("/plans/{id}", id))
                        .param("number", plan.getNumber())
                        .param("title", "Tên mới")
                        .param("year", String.valueOf(YEAR))
                        .param("issuer", plan.getIssuer())
                        .param("signer", "Lại Xuân Lâm")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/plans/{id}", id))
                        .param("number", plan.getNumber())
                        .param("title", "Tên của người đến sau")
                        .param("year", String.valueOf(YEAR))
                        .param("issuer", plan.getIssuer())
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("planForm"))
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")))
                .andExpect(result -> assertThat(
                                org.jsoup.Jsoup.parse(result.getResponse().getContentAsString())
                                        .getElementById("title")
                                        .text())
                        .isEqualTo("Tên của người đến sau"));
        assertThat(plans.get(id).getTitle()).isEqualTo("Tên mới");
        AuditEvent updated = audit.historyOf("Plan", id).get(1);
        assertThat(updated.getAction()).isEqualTo("PLAN_UPDATED");
        assertThat(updated.getSummary()).contains("title").contains("signer");
        assertThat(updated.getDetails()).contains("title: Kế hoạch thử").contains("→ Tên mới");
    }

    // ---------------------------------------------------------------- panels

    @Test
    void legalBasesFromTheCatalogueOnlyOnceAndNeverA500() throws Exception {
        Long id = draft();
        Long doc = legal.search(new LegalDocumentQuery("1605/QĐ", null, null), PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .getId();
        mvc.perform(asStaff(post("/plans/{id}/legal-bases", id))
                        .param("documentId", doc.toString())
                        .param("q", "1605"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/plans/{id}/legal-bases", id))
                        .param("documentId", doc.toString())
                        .param("q", "1605"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("basisForm", "documentId", "plan.basis.duplicate"))
                .andExpect(content().string(containsString("value=\"1605\"")));
        mvc.perform(asStaff(post("/plans/{id}/legal-bases", id)).param("documentId", "99999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("basisForm", "documentId", "plan.basis.unknownDocument"));
        mvc.perform(asStaff(post("/plans/{id}/legal-bases", id)).param("documentId", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("basisForm", "documentId"));
        assertThat(plans.legalBases(id)).hasSize(1);
    }

    @Test
    void theCatalogueSearchIgnoresDiacriticsAndMarksWhatIsAlreadyCited() throws Exception {
        Long id = draft();
        mvc.perform(get("/plans/{id}", id).param("q", "quyet dinh 1605").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phê duyệt Chương trình quốc gia về ứng dụng")))
                .andExpect(content().string(containsString("id=\"add-doc-")));
        mvc.perform(get("/plans/{id}", id).param("q", "khong co van ban nay").with(user(staff())))
                .andExpect(content().string(containsString("id=\"doc-no-results\"")));
    }

    @Test
    void sectionsAreValidatedAndKeepTheInput() throws Exception {
        Long id = draft();
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("heading", "II.")
                        .param("title", "")
                        .param("body", "Nội dung giữ lại"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("sectionForm", "title"))
                .andExpect(result -> assertThat(
                                org.jsoup.Jsoup.parse(result.getResponse().getContentAsString())
                                        .getElementById("body")
                                        .text())
                        .isEqualTo("Nội dung giữ lại"))
                .andExpect(content().string(containsString("id=\"section-form\"")));
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("heading", "12345678901234567890X")
                        .param("title", "Hiện trạng")
                        .param("body", "x".repeat(20_001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("sectionForm", "heading", "body"));
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("heading", "II.")
                        .param("title", "Hiện trạng")
                        .param("body", "Dòng một\r\nDòng hai"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.sections(id))
                .singleElement()
                .satisfies(v -> assertThat(v.section().getBody()).isEqualTo("Dòng một\nDòng hai"));
    }

    @Test
    void aStaleSectionEditIsAConflictAndEditsAreAudited() throws Exception {
        Long id = draft();
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("heading", "II.")
                        .param("title", "Hiện trạng"))
                .andExpect(status().is3xxRedirection());
        PlanSection section = plans.sections(id).get(0).section();
        String sid = section.getId().toString();
        mvc.perform(get("/plans/{id}", id).param("section", sid).with(user(staff())))
                .andExpect(content().string(containsString("id=\"section-form\"")))
                .andExpect(content().string(containsString("value=\"Hiện trạng\"")));
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("id", sid)
                        .param("version", "0")
                        .param("heading", "II.")
                        .param("title", "Hiện trạng ứng dụng CNTT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .param("id", sid)
                        .param("version", "0")
                        .param("heading", "II.")
                        .param("title", "Bản sửa đến muộn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")))
                .andExpect(content().string(containsString("value=\"Bản sửa đến muộn\"")));
        assertThat(plans.sections(id).get(0).section().getTitle()).isEqualTo("Hiện trạng ứng dụng CNTT");
        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .containsExactly("PLAN_CREATED", "SECTION_ADDED", "SECTION_UPDATED");
    }

    @Test
    void targetsAcceptVietnameseDecimalsAndRefuseDuplicatesAndNegatives() throws Exception {
        Long id = draft();
        String ud03 = indicators.findByCode("UD03").orElseThrow().getId().toString();
        mvc.perform(asStaff(post("/plans/{id}/targets", id))
                        .param("indicatorId", ud03)
                        .param("baselineValue", "30,5")
                        .param("targetValue", "60")
                        .param("note", "Theo QĐ 1605"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.targets(id)).singleElement().satisfies(t -> {
            assertThat(t.target().getBaselineValue()).isEqualByComparingTo("30.5");
            assertThat(t.target().getTargetValue()).isEqualByComparingTo("60");
        });
        mvc.perform(asStaff(post("/plans/{id}/targets", id))
                        .param("indicatorId", ud03)
                        .param("targetValue", "70"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("targetForm", "indicatorId", "plan.target.duplicate"));
        mvc.perform(asStaff(post("/plans/{id}/targets", id))
                        .param("indicatorId", "99999999")
                        .param("targetValue", "70"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "targetForm", "indicatorId", "plan.target.unknownIndicator"));
        mvc.perform(asStaff(post("/plans/{id}/targets", id))
                        .param("indicatorId", ud03)
                        .param("baselineValue", "-1")
                        .param("targetValue", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("targetForm", "baselineValue", "targetValue"))
                .andExpect(content().string(containsString("value=\"abc\"")));
    }

    @Test
    void tasksAreValidatedAndBudgetsShownInVietnameseMoney() throws Exception {
        Long id = draft();
        String stttt = units.findByCode("STTTT").orElseThrow().getId().toString();
        String stc = units.findByCode("STC").orElseThrow().getId().toString();
        mvc.perform(task(id, stttt, "-5", "120", "01/06/" + YEAR, "31/05/" + YEAR)
                        .param("partnerUnitIds", stttt))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("taskForm", "funding[0].amount", "progress"))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("Nhập tiến độ từ 0 đến 100")));
        mvc.perform(task(id, stttt, "1.000", "10", "01/06/" + YEAR, "31/05/" + YEAR))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "endDate", "plan.task.endBeforeStart"));
        mvc.perform(task(id, stttt, "1.000", "10", "31/02/" + YEAR, ""))
                .andExpect(model().attributeHasFieldErrors("taskForm", "startDate"));
        mvc.perform(task(id, stttt, "1.000", "10", "", "").param("partnerUnitIds", stttt))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "partnerUnitIds", "plan.task.partnerIsLead"));
        mvc.perform(task(id, "99999999", "1.000", "10", "", ""))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "leadUnitId", "plan.task.unknownUnit"));
        mvc.perform(task(id, stttt, "12.700.000.000 đ", "10", "01/03/" + YEAR, "30/11/" + YEAR)
                        .param("partnerUnitIds", stc))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.tasks(id)).singleElement().satisfies(t -> {
            assertThat(t.task().getBudget()).isEqualTo(12_700_000_000L);
            assertThat(t.partners()).extracting(u -> u.getCode()).containsExactly("STC");
        });
        mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(content().string(containsString("12.700.000.000 đ")))
                .andExpect(content().string(containsString("id=\"budget-total\"")));
        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .contains("TASK_ADDED");
    }

    @Test
    void aTaskTakesSeveralFundingSourcesWhoseTotalsTheBudgetPanelShows() throws Exception {
        Long id = draft();
        String stttt = units.findByCode("STTTT").orElseThrow().getId().toString();
        mvc.perform(task(id, stttt, "1.000", "0", "", "").param("addLine", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-line-1\"")))
                .andExpect(content().string(not(containsString("id=\"funding-line-2\""))));
        assertThat(plans.tasks(id)).isEmpty();

        mvc.perform(task(id, stttt, "2.000.000", "0", "", "")
                        .param("funding[1].source", "CENTRAL")
                        .param("funding[1].amount", "5x")
                        .param("funding[2].source", "PROVINCIAL")
                        .param("funding[2].amount", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("taskForm", "funding[1].amount"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "taskForm", "funding[2].source", "plan.task.funding.duplicate"))
                .andExpect(content().string(containsString("value=\"5x\"")));
        mvc.perform(asStaff(post("/plans/{id}/tasks", id))
                        .param("name", "Không có nguồn vốn")
                        .param("leadUnitId", stttt)
                        .param("funding[0].source", "")
                        .param("funding[0].amount", "")
                        .param("status", "PLANNED")
                        .param("progress", "0"))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "funding", "plan.task.funding.none"));

        mvc.perform(task(id, stttt, "2.000.000", "0", "", "")
                        .param("funding[1].source", "")
                        .param("funding[1].amount", "")
                        .param("funding[2].source", "CENTRAL")
                        .param("funding[2].amount", "500.000")
                        .param("budgetUsed", "700.000"))
                .andExpect(status().is3xxRedirection());
        PlanTask saved = plans.tasks(id).get(0).task();
        assertThat(saved.getBudget()).isEqualTo(2_500_000L);
        assertThat(saved.getBudgetUsed()).isEqualTo(700_000L);
        assertThat(saved.getFunding())
                .extracting(FundingLine::getSource, FundingLine::getAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FundingSource.PROVINCIAL, 2_000_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.CENTRAL, 500_000L));
        assertThat(plans.budget(id).bySource())
                .extracting(BudgetTotal::source, BudgetTotal::budget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FundingSource.CENTRAL, 500_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.PROVINCIAL, 2_000_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.OTHER, 0L));
        mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(content().string(containsString("Ngân sách trung ương: 500.000 đ")))
                .andExpect(content().string(containsString("2.500.000 đ")));

        mvc.perform(otherSourceOnly(id, saved, stttt).param("removeLine", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"funding-line-0\""))));
        mvc.perform(otherSourceOnly(id, saved, stttt)).andExpect(status().is3xxRedirection());
        assertThat(plans.tasks(id).get(0).task().getBudget()).isEqualTo(300_000L);
        AuditEvent updated = audit.historyOf("Plan", id).stream()
                .filter(e -> e.getAction().equals("TASK_UPDATED"))
                .findFirst()
                .orElseThrow();
        assertThat(updated.getDetails())
                .contains("funding: [PROVINCIAL 2.000.000 đ, CENTRAL 500.000 đ] → [OTHER 300.000 đ]");
    }

    /** An edit of {@code saved} whose one funding line is 300.000 đ of "other" sources. */
    private MockHttpServletRequestBuilder otherSourceOnly(Long id, PlanTask saved, String lead) {
        return asStaff(post("/plans/{id}/tasks", id))
                .param("id", saved.getId().toString())
                .param("version", String.valueOf(saved.getVersion()))
                .param("name", saved.getName())
                .param("leadUnitId", lead)
                .param("funding[0].source", "OTHER")
                .param("funding[0].amount", "300.000")
                .param("budgetUsed", "700.000")
                .param("status", "PLANNED")
                .param("progress", "0");
    }

    private MockHttpServletRequestBuilder task(
            Long id, String lead, String budget, String progress, String start, String end) {
        return asStaff(post("/plans/{id}/tasks", id))
                .param("name", "Nâng cấp mạng LAN")
                .param("leadUnitId", lead)
                .param("funding[0].source", "PROVINCIAL")
                .param("funding[0].amount", budget)
                .param("status", "PLANNED")
                .param("progress", progress)
                .param("startDate", start)
                .param("endDate", end);
    }
}
