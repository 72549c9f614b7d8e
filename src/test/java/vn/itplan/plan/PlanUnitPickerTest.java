package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;
import vn.itplan.unit.UnitService;
import vn.itplan.web.SearchText;

/**
 * The task form's unit picker: the whole list while the catalogue is small, the chosen units and a search above
 * {@link UnitService#FEW_UNITS} active units, with the same number of statements at either size.
 */
@PostgresTest
class PlanUnitPickerTest {

    private static final int YEAR = TestYears.planYear();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    /** The code prefix of the units this test adds, deleted after each test. */
    private final String tag =
            "PK" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @AfterEach
    void deleteAddedUnits() {
        String added = "select id from unit where code like ?";
        // a task saved with one of them (its plan is this test's draft) goes first
        jdbc.update("delete from plan_task_unit where unit_id in (" + added + ")", tag + "-%");
        jdbc.update("delete from plan_task where lead_unit_id in (" + added + ")", tag + "-%");
        jdbc.update("delete from unit where code like ?", tag + "-%");
    }

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    /** {@code count} active, non-reporting communes under the province, named "Xã Đắk Pxi <tag> <n>". */
    void addUnits(int count) {
        Long root = jdbc.queryForObject("select id from unit where code = 'KONTUM'", Long.class);
        jdbc.update(
                "insert into unit (code, name, kind, parent_id, active, reporting, sort_order, valid_from, search_text)"
                        + " select ? || '-' || g, 'Xã Đắk Pxi ' || ? || ' ' || g, 'OTHER', ?, true, false, 900 + g,"
                        + " date '2016-01-01', lower(? || '-' || g) || ' xa dak pxi ' || ? || ' ' || g"
                        + " from generate_series(1, ?) g",
                tag,
                tag,
                root,
                tag,
                SearchText.fold(tag),
                count);
        jdbc.update(
                "update unit u set path = p.path || u.id || '/', level = p.level + 1 from unit p"
                        + " where p.id = u.parent_id and u.code like ?",
                tag + "-%");
    }

    Long draft() throws Exception {
        String number = (700 + SEQ.incrementAndGet()) + "/KH-PICK" + System.nanoTime() % 100000;
        MvcResult result = mvc.perform(post("/plans")
                        .with(user(staff()))
                        .with(csrf())
                        .param("number", number)
                        .param("year", String.valueOf(YEAR))
                        .param("title", "Kế hoạch thử chọn đơn vị")
                        .param("issuer", "UBND tỉnh Kon Tum"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.valueOf(result.getResponse().getRedirectedUrl().substring("/plans/".length()));
    }

    String id(String code) {
        return units.findByCode(code).orElseThrow().getId().toString();
    }

    MockHttpServletRequestBuilder task(Long planId, String lead) {
        return task(planId, lead, "Nhiệm vụ thử chọn đơn vị");
    }

    MockHttpServletRequestBuilder task(Long planId, String lead, String name) {
        return post("/plans/{id}/tasks", planId)
                .with(user(staff()))
                .with(csrf())
                .param("name", name)
                .param("leadUnitId", lead)
                .param("funding[0].source", "PROVINCIAL")
                .param("funding[0].amount", "1.000")
                .param("status", "PLANNED")
                .param("progress", "0");
    }

    /** A draft with one task led by STTTT with STC as partner; returns the plan and task ids. */
    long[] planWithTask() throws Exception {
        Long planId = draft();
        mvc.perform(task(planId, id("STTTT")).param("partnerUnitIds", id("STC")))
                .andExpect(status().is3xxRedirection());
        Long taskId = jdbc.queryForObject("select id from plan_task where plan_id = ?", Long.class, planId);
        return new long[] {planId, taskId};
    }

    private SessionCookies browser;

    /**
     * Enter in a field of the task form presses its first submit button (HTML's implicit submission): that must be a
     * plain save (no name), not "find units" or "remove funding line", which stand before the save button.
     */
    private static void assertEnterSaves(Document page) {
        var first = page.select("#task-form button[type=submit]").first();
        assertThat(first).isNotNull();
        assertThat(first.hasAttr("name"))
                .as("the task form's first submit button saves")
                .isFalse();
    }

    private StatementCounter.Counted<String> editPage(long planId, long taskId) {
        UserDetails staff = staff();
        if (browser == null) {
            browser = new SessionCookies(mvc);
        }
        return StatementCounter.count(() -> {
            try {
                return browser.perform(get("/plans/{id}", planId)
                                .param("task", String.valueOf(taskId))
                                .with(user(staff)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void thePlanPageCostsTheSameStatementsAtThirtyAndThreeHundredThirtyUnits() throws Exception {
        long[] ids = planWithTask();
        editPage(ids[0], ids[1]); // warms caches and opens the session
        long before = activeUnits();
        var small = editPage(ids[0], ids[1]);
        Document smallPage = Jsoup.parse(small.result());
        if (before <= UnitService.FEW_UNITS) { // this JVM's other tests may have left units behind
            assertThat(smallPage.select("#leadUnitId option")).hasSize((int) before + 1);
            assertThat(smallPage.select("#unitQuery")).isEmpty();
        }
        assertEnterSaves(smallPage);
        addUnits(300);
        var large = editPage(ids[0], ids[1]);
        Document largePage = Jsoup.parse(large.result());
        assertEnterSaves(largePage);
        // the task's two units and the search, not 330 options and 330 checkboxes
        assertThat(largePage.select("#leadUnitId option")).hasSize(3);
        assertThat(largePage.select("#leadUnitId option[selected]").attr("value"))
                .isEqualTo(id("STTTT"));
        assertThat(largePage.select("#unit-choices input[type=checkbox]")).hasSize(2);
        assertThat(largePage
                        .select("#unit-choices input[type=checkbox][checked]")
                        .val())
                .isEqualTo(id("STC"));
        assertThat(largePage.select("#unitQuery")).hasSize(1);
        assertThat(largePage.select("button[name=findUnits]")).hasSize(1);
        assertThat(large.statements()).isEqualTo(small.statements());
        System.out.printf(
                "plan page (task form open): %d statements, %d bytes at %d active units; %d statements, %d bytes at %d%n",
                small.statements(),
                small.result().getBytes(StandardCharsets.UTF_8).length,
                before,
                large.statements(),
                large.result().getBytes(StandardCharsets.UTF_8).length,
                activeUnits());
    }

    @Test
    void findUnitsShowsTheMatchesAndKeepsWhatWasTypedThenAMatchIsSaved() throws Exception {
        addUnits(300);
        long[] ids = planWithTask();
        String stc = id("STC");
        MvcResult found = mvc.perform(edit(ids, id("STTTT"))
                        .param("partnerUnitIds", stc)
                        .param("note", "Ghi chú đang gõ")
                        .param("unitQuery", "dak PXI " + tag.toLowerCase())
                        .param("findUnits", "1"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andReturn();
        Document page = Jsoup.parse(found.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#task-form #name").val()).isEqualTo("Nhiệm vụ đã sửa");
        assertThat(page.select("#task-form #note").val()).isEqualTo("Ghi chú đang gõ");
        assertThat(page.select("#unitQuery").val()).isEqualTo("dak PXI " + tag.toLowerCase());
        // the two chosen units first, then the first 20 of the 300 matches (accents and case ignored)
        assertThat(page.select("#unit-choices input[type=checkbox]")).hasSize(22);
        assertThat(page.select("#unit-choices input[type=checkbox][checked]").val())
                .isEqualTo(stc);
        assertThat(page.select("#leadUnitId option[selected]").attr("value")).isEqualTo(id("STTTT"));
        assertThat(page.select("#leadUnitId option").get(3).text())
                .isEqualTo("Xã Đắk Pxi " + tag + " 1 (" + tag + "-1)");
        assertThat(page.select("#unit-matches-more").text()).contains("280");
        assertThat(jdbc.queryForObject("select version from plan_task where id = ?", Long.class, ids[1]))
                .isZero(); // nothing saved

        String picked = jdbc.queryForObject("select id from unit where code = ?", Long.class, tag + "-150")
                .toString();
        MvcResult exact = mvc.perform(edit(ids, id("STTTT"))
                        .param("partnerUnitIds", stc)
                        .param("unitQuery", tag + "-150")
                        .param("findUnits", "1"))
                .andExpect(status().isOk())
                .andReturn();
        Document one = Jsoup.parse(exact.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(one.select("#unit-choices input[type=checkbox]")).hasSize(3);
        assertThat(one.select("#unit-choices input[type=checkbox]").get(2).val())
                .isEqualTo(picked);
        assertThat(one.select("#unit-matches-more")).isEmpty();
        assertThat(one.select("#unit-no-matches")).isEmpty();

        mvc.perform(edit(ids, picked).param("partnerUnitIds", stc).param("partnerUnitIds", id("STTTT")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select lead_unit_id from plan_task where id = ?", Long.class, ids[1]))
                .isEqualTo(Long.valueOf(picked));

        MvcResult none = mvc.perform(
                        edit(ids, picked).param("unitQuery", "ak pxi " + tag).param("findUnits", "1"))
                .andExpect(status().isOk())
                .andReturn();
        Document nothing = Jsoup.parse(none.getResponse().getContentAsString(StandardCharsets.UTF_8));
        // each word begins a word of the name or code: "ak" is inside "Đắk" only
        assertThat(nothing.select("#unit-no-matches")).hasSize(1);
        assertThat(nothing.select("#leadUnitId option")).hasSize(2); // the lead chosen stays
    }

    @Test
    void aForgedOrInactiveUnitIsAMessageNextToItsFieldNeverA500() throws Exception {
        addUnits(300);
        long[] ids = planWithTask();
        MvcResult forged = mvc.perform(edit(ids, "99999999").param("partnerUnitIds", "88888888"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "leadUnitId", "plan.task.unknownUnit"))
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "partnerUnitIds", "plan.task.unknownUnit"))
                .andReturn();
        Document page = Jsoup.parse(forged.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#leadUnitId-error").text()).isEqualTo("Đơn vị này không có trong danh mục.");
        assertThat(page.select("#partnerUnitIds-error").text()).isEqualTo("Đơn vị này không có trong danh mục.");
        assertThat(page.select("#leadUnitId.is-invalid")).hasSize(1);

        jdbc.update("update unit set active = false where code = ?", tag + "-7");
        String inactive = jdbc.queryForObject("select id from unit where code = ?", Long.class, tag + "-7")
                .toString();
        mvc.perform(edit(ids, id("STTTT")).param("partnerUnitIds", inactive))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "partnerUnitIds", "plan.task.inactiveUnit"));
        mvc.perform(edit(ids, id("STTTT")).param("partnerUnitIds", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("taskForm", "partnerUnitIds"));
    }

    @Test
    void htmxAsksForTheUnitListsAloneInAFewStatements() throws Exception {
        addUnits(300);
        long[] ids = planWithTask();
        search(ids[0], "", id("STTTT")); // opens the session
        var empty = search(ids[0], "", id("STTTT"));
        var found = search(ids[0], "đắk pxi " + tag, id("STTTT"));
        Document fragment = Jsoup.parseBodyFragment(found.result());
        assertThat(found.result()).doesNotContain("<html").doesNotContain("id=\"panel-sections\"");
        assertThat(fragment.select("#unit-choices")).hasSize(1);
        assertThat(fragment.select("#leadUnitId option")).hasSize(1 + 1 + 20);
        assertThat(fragment.select("#leadUnitId option[selected]").attr("value"))
                .isEqualTo(id("STTTT"));
        assertThat(fragment.select("#unit-matches-more").text()).contains("280");
        // the chosen units, the matches and their count: no more than three statements more than no search
        assertThat(found.statements() - empty.statements()).isLessThanOrEqualTo(2);
        assertThat(empty.statements()).isLessThanOrEqualTo(4);

        mvc.perform(get("/plans/{id}/unit-search", ids[0])
                        .param("unitQuery", "dak")
                        .with(user(staff())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/unit-search", ids[0])
                        .param("unitQuery", "dak")
                        .header("HX-Request", "true")
                        .with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isForbidden());
    }

    private StatementCounter.Counted<String> search(long planId, String q, String lead) {
        UserDetails staff = staff();
        if (browser == null) {
            browser = new SessionCookies(mvc);
        }
        return StatementCounter.count(() -> {
            try {
                return browser.perform(get("/plans/{id}/unit-search", planId)
                                .param("unitQuery", q)
                                .param("leadUnitId", lead)
                                .header("HX-Request", "true")
                                .with(user(staff)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** An edit of the task of {@code ids} led by {@code lead}, as typed. */
    private MockHttpServletRequestBuilder edit(long[] ids, String lead) {
        return task(ids[0], lead, "Nhiệm vụ đã sửa")
                .param("id", String.valueOf(ids[1]))
                .param("version", "0");
    }

    long activeUnits() {
        return jdbc.queryForObject("select count(*) from unit where active", Long.class);
    }
}
