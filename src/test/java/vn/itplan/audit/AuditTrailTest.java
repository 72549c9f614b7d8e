package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.support.PostgresTest;

/** The audit trail page: administrators only, newest first, 50 a page, filters by record type and user. */
@PostgresTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate tx;

    /** A record type of this test run only, so that other tests' events do not disturb the counts. */
    String type;

    @BeforeEach
    void recordEvents() {
        type = "Paging" + System.nanoTime();
        tx.executeWithoutResult(status -> {
            for (long i = 1; i <= 55; i++) {
                String actor = i % 5 == 0 ? "auditor-" + type.toLowerCase() : "clerk-" + type.toLowerCase();
                audit.record(actor, "THING_CHANGED", type, i, "thing " + i, "field: " + (i - 1) + " → " + i);
            }
        });
    }

    Document page(String... params) throws Exception {
        var request = get("/admin/audit").with(user(users.loadUserByUsername("admin")));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theTrailIsPagedFiftyAtATimeNewestFirst() throws Exception {
        Document first = page("entityType", type);
        assertThat(first.select("tr.audit-row")).hasSize(50);
        assertThat(first.getElementById("audit-count").text()).isEqualTo("55 sự kiện · trang 1/2");
        assertThat(first.select("tr.audit-row").first().select("td").get(4).text())
                .isEqualTo("thing 55");
        assertThat(first.select("tr.audit-row").last().select("td").get(4).text())
                .isEqualTo("thing 6");
        assertThat(first.select("tr.audit-row").first().select("td").get(0).text())
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(first.select("tr.audit-row").first().select("td").get(3).text())
                .isEqualTo(type + " #55");
        assertThat(first.getElementById("page-next").attr("href"))
                .contains("entityType=" + type)
                .contains("page=1");

        Document second = page("entityType", type, "page", "1", "size", "1000");
        assertThat(second.select("tr.audit-row")).hasSize(5);
        assertThat(second.select("tr.audit-row").last().select("td").get(4).text())
                .isEqualTo("thing 1");
        assertThat(second.getElementById("audit-count").text()).isEqualTo("55 sự kiện · trang 2/2");
    }

    @Test
    void detailsAreThereToUnfold() throws Exception {
        Element row = page("entityType", type).select("tr.audit-row").first();
        String id = row.id().substring("audit-".length());
        Element details = row.nextElementSibling();
        assertThat(details.id()).isEqualTo("audit-details-" + id);
        assertThat(details.hasClass("collapse")).isTrue();
        assertThat(details.text()).isEqualTo("field: 54 → 55");
        assertThat(row.select("button.audit-toggle").attr("data-bs-target")).isEqualTo("#audit-details-" + id);
    }

    @Test
    void filtersByUserAndByTypeTogether() throws Exception {
        String auditor = "auditor-" + type.toLowerCase();
        Document byActor = page("actor", " " + auditor + " ");
        assertThat(byActor.select("tr.audit-row")).hasSize(11);
        assertThat(byActor.select("tr.audit-row td:eq(1)").eachText()).containsOnly(auditor);
        assertThat(byActor.getElementById("actor").val()).isEqualTo(auditor);

        assertThat(page("actor", auditor, "entityType", type).select("tr.audit-row"))
                .hasSize(11);
        assertThat(page("actor", auditor, "entityType", "Unit").select("tr.audit-row"))
                .isEmpty();
        assertThat(page("actor", "nobody-at-all").getElementById("audit-count").text())
                .isEqualTo("Không có sự kiện nào phù hợp với bộ lọc.");
        assertThat(page().select("#entityType option").eachAttr("value")).contains("", type);
    }

    @Test
    void badPagingParametersFallBackInsteadOfFailing() throws Exception {
        assertThat(page("entityType", type, "page", "abc").select("tr.audit-row"))
                .hasSize(50);
        assertThat(page("entityType", type, "page", "-3").select("tr.audit-row"))
                .hasSize(50);
        assertThat(page("entityType", type, "page", "99").select("tr.audit-row"))
                .isEmpty();
    }

    @Test
    void theServiceQueryIsNewestFirstWhateverTheCallerAsks() {
        Page<AuditEvent> events = audit.search(
                type,
                null,
                PageRequest.of(
                        0,
                        3,
                        org.springframework.data.domain.Sort.by("occurredAt").ascending()));
        assertThat(events.getTotalElements()).isEqualTo(55);
        assertThat(events.getContent()).extracting(AuditEvent::getEntityId).containsExactly(55L, 54L, 53L);
        assertThat(audit.search(null, null, PageRequest.of(0, 50)).getTotalElements())
                .isGreaterThanOrEqualTo(55);
        assertThat(audit.search(" ", "", PageRequest.of(0, 1)).getTotalElements())
                .as("blank filters mean any")
                .isGreaterThanOrEqualTo(55);
    }

    @ParameterizedTest
    @ValueSource(strings = {"itstaff", "leader", "unit-dakha"})
    void onlyAdministratorsMayReadTheTrail(String username) throws Exception {
        mvc.perform(get("/admin/audit").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }
}
