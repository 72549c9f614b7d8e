package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.unit.UnitService;
import vn.itplan.web.FormTokens;

/**
 * Rules the plan screens offer that the server enforces as well: duplicate keys under a race, catalogue entries a
 * drop-down would not offer, and creating forms sent twice.
 */
@PostgresTest
class PlanEditRulesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    PlanMetadataService metadata;

    @Autowired
    IndicatorService indicators;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CurrentUser staff() {
        return (CurrentUser) users.loadUserByUsername("itstaff");
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(staff())).with(csrf());
    }

    static String number() {
        return (700 + SEQ.incrementAndGet()) + "/KH-RULE" + System.nanoTime() % 100000;
    }

    Long draft(int year) throws Exception {
        String number = number();
        MvcResult result = mvc.perform(asStaff(post("/plans"))
                        .param("number", number)
                        .param("year", String.valueOf(year))
                        .param("title", "Kế hoạch thử " + number)
                        .param("issuer", "UBND tỉnh Kon Tum"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.valueOf(result.getResponse().getRedirectedUrl().substring("/plans/".length()));
    }

    // ---------------------------------------------------------------- duplicate keys

    @Test
    void aNumberTakenByAnotherPlanAtTheSameMomentIsTheFieldMessageNotAnErrorPage() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year);
        Plan plan = plans.get(id);
        String taken = number();
        TransactionTemplate other = new TransactionTemplate(transactions);
        CompletableFuture<ResultActions> update = other.execute(tx -> {
            // another user's new plan with that number, not yet committed: the update's check cannot see it
            jdbc.update(
                    "insert into plan (number, title, plan_year, issuer) values (?, 'Người khác', ?, ?)",
                    taken,
                    year,
                    plan.getIssuer());
            CompletableFuture<ResultActions> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(asStaff(post("/plans/{id}", id))
                            .param("number", taken)
                            .param("title", plan.getTitle())
                            .param("year", String.valueOf(year))
                            .param("issuer", plan.getIssuer())
                            .param("version", String.valueOf(plan.getVersion())));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitLockWait();
            return running;
        });
        update.get(30, TimeUnit.SECONDS)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("planForm", "number", "plan.number.duplicate"));
        assertThat(plans.get(id).getNumber()).isEqualTo(plan.getNumber());
    }

    /** Until the update waits for the uncommitted row's unique-index entry (at most 10 s). */
    private void awaitLockWait() {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock' and query ilike 'update plan%'
                    """, Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("itstaff")
    void anIntegrityErrorThatIsNotTheNumberIsNotCalledADuplicateNumber() {
        PlanForm form = PlanForm.blank(2101); // past ck_plan_year; the web form's own validation would refuse it
        form.setNumber(number());
        form.setTitle("Năm ngoài khoảng");
        assertThatThrownBy(() -> metadata.create(form, staff()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_plan_year");
    }

    // ---------------------------------------------------------------- what only a drop-down offered

    @Test
    void aTargetsIndicatorMustBeInUseInThePlansYear() throws Exception {
        Long id = draft(2010); // the catalogue's indicators are in use from 2013
        String ud03 = indicators.findByCode("UD03").orElseThrow().getId().toString();
        mvc.perform(asStaff(post("/plans/{id}/targets", id))
                        .param("indicatorId", ud03)
                        .param("targetValue", "60"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "targetForm", "indicatorId", "plan.target.indicatorNotInYear"));
        assertThat(plans.targets(id)).isEmpty();
    }

    @Test
    void aTasksUnitsMustBeActive() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year);
        Long inactive = inactiveUnit();
        String stttt = units.findByCode("STTTT").orElseThrow().getId().toString();
        mvc.perform(task(id, inactive.toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "leadUnitId", "plan.task.inactiveUnit"));
        mvc.perform(task(id, stttt).param("partnerUnitIds", inactive.toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "partnerUnitIds", "plan.task.inactiveUnit"));
        assertThat(plans.tasks(id)).isEmpty();
    }

    private Long inactiveUnit() {
        String code = "ZZ-OFF-" + System.nanoTime() % 1_000_000_000L;
        Long parent = units.findByCode("KONTUM").orElseThrow().getId();
        jdbc.update("""
                insert into unit (code, name, kind, parent_id, path, level, valid_from, valid_to, active, reporting)
                values (?, ?, 'OTHER', ?, '/', 1, date '2016-01-01', date '2016-12-31', false, false)
                """, code, "Đơn vị đã giải thể " + code, parent);
        Long id = jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
        jdbc.update("update unit set path = ? where id = ?", "/" + parent + "/" + id + "/", id);
        return id;
    }

    private MockHttpServletRequestBuilder task(Long planId, String lead) {
        return asStaff(post("/plans/{id}/tasks", planId))
                .param("name", "Nâng cấp mạng LAN")
                .param("leadUnitId", lead)
                .param("funding[0].source", "PROVINCIAL")
                .param("funding[0].amount", "1.000")
                .param("status", "PLANNED")
                .param("progress", "0");
    }

    // ---------------------------------------------------------------- creating forms sent twice

    @Test
    void aSectionFormSentTwiceCreatesOneSectionAndTheRepeatGoesWhereTheFirstWent() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year);
        MockHttpSession session = new MockHttpSession();
        String token = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .session(session)
                        .param(FormTokens.PARAMETER, token)
                        .param("heading", "I.")
                        .param("title", "Căn cứ"))
                .andExpect(status().isFound())
                .andReturn();
        String location = first.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/plans/" + id + "#section-");
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .session(session)
                        .param(FormTokens.PARAMETER, token)
                        .param("heading", "I.")
                        .param("title", "Căn cứ"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", location));
        assertThat(plans.sections(id)).hasSize(1);
        // another token (the form shown again) creates again
        mvc.perform(asStaff(post("/plans/{id}/sections", id))
                        .session(session)
                        .param(FormTokens.PARAMETER, UUID.randomUUID().toString())
                        .param("title", "Mục hai"))
                .andExpect(status().isFound());
        assertThat(plans.sections(id)).hasSize(2);
    }

    @Test
    void aTaskFormThatCameBackWithErrorsCanBeSentAgainWithItsToken() throws Exception {
        int year = TestYears.planYear();
        Long id = draft(year);
        String stttt = units.findByCode("STTTT").orElseThrow().getId().toString();
        MockHttpSession session = new MockHttpSession();
        String token = UUID.randomUUID().toString();
        mvc.perform(task(id, stttt)
                        .session(session)
                        .param(FormTokens.PARAMETER, token)
                        .param("startDate", "01/06/" + year)
                        .param("endDate", "31/05/" + year))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("taskForm", "endDate", "plan.task.endBeforeStart"));
        mvc.perform(task(id, stttt).session(session).param(FormTokens.PARAMETER, token))
                .andExpect(status().isFound());
        mvc.perform(task(id, stttt).session(session).param(FormTokens.PARAMETER, token))
                .andExpect(status().isSeeOther());
        assertThat(plans.tasks(id)).hasSize(1);
    }
}
