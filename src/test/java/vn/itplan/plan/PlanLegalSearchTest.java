package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;

/** The plan page's legal-document search: its own htmx fragment, one page of the catalogue's SQL search. */
@PostgresTest
class PlanLegalSearchTest {

    private static final int YEAR = TestYears.planYear();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    Long draft() throws Exception {
        String number = "88/KH-SEARCH" + System.nanoTime() % 100000;
        MvcResult result = mvc.perform(post("/plans")
                        .with(user(staff()))
                        .with(csrf())
                        .param("number", number)
                        .param("year", String.valueOf(YEAR))
                        .param("title", "Kế hoạch thử tìm văn bản")
                        .param("issuer", "UBND tỉnh Kon Tum"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.valueOf(result.getResponse().getRedirectedUrl().substring("/plans/".length()));
    }

    /** One browser's session: the keystrokes of a search come from a page that has one (and its CSRF token). */
    SessionCookies browser;

    private StatementCounter.Counted<String> search(Long planId, String q, int page) {
        UserDetails staff = staff(); // looked up outside the count: a signed-in session already has it
        if (browser == null) {
            browser = new SessionCookies(mvc);
        }
        return StatementCounter.count(() -> {
            try {
                return browser.perform(get("/plans/{id}/legal-search", planId)
                                .param("q", q)
                                .param("page", String.valueOf(page))
                                .header("HX-Request", "true")
                                .with(user(staff)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void eachKeystrokeAsksForOnePageOfResultsAloneInAFewStatements() throws Exception {
        Long id = draft();
        search(id, "thong tin", 0); // the first request of a test also warms caches; measure the next ones
        int request = search(id, "", 0).statements();
        StatementCounter.Counted<String> found = search(id, "thong tin", 0);
        Document fragment = Jsoup.parseBodyFragment(found.result());
        assertThat(fragment.select("#doc-results")).hasSize(1);
        assertThat(found.result()).doesNotContain("<html").doesNotContain("id=\"panel-sections\"");
        assertThat(fragment.select("#doc-results li")).hasSize(PlanLegalBasisService.SEARCH_PAGE_SIZE);
        assertThat(fragment.select("#doc-results form input[name=_formToken]")).isNotEmpty();
        // an empty query searches nothing (the request's own statements: the session's last access); a search adds
        // the page of documents, their count and the plan's legal bases, whatever the size of the catalogue (the
        // whole plan page took 25 statements per keystroke). The search used to seem to cost two "account lookups"
        // more: they were the forced-password-change check (now read at sign-in, no query) and, because each request
        // came without a session, the new session that the results' CSRF token created (two inserts); a browser has
        // its session from the plan page.
        assertThat(found.statements() - request).isLessThanOrEqualTo(3);

        Document second = Jsoup.parseBodyFragment(search(id, "thong tin", 1).result());
        assertThat(second.select("#doc-previous")).hasSize(1);
        assertThat(second.select("#doc-results li").first().id())
                .isNotEqualTo(fragment.select("#doc-results li").first().id());

        StatementCounter.Counted<String> diacritics = search(id, "quyết định 1605", 0);
        assertThat(diacritics.result()).contains("Phê duyệt Chương trình quốc gia về ứng dụng");
        assertThat(search(id, "khong co van ban nay", 0).result()).contains("id=\"doc-no-results\"");
    }

    @Test
    void withoutHtmxTheAddressOpensThePlanPageAtTheSearchAndLeadersMayNotSearch() throws Exception {
        Long id = draft();
        mvc.perform(get("/plans/{id}/legal-search", id)
                        .param("q", "1605")
                        .param("page", "1")
                        .with(user(staff())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + id + "?q=1605&docPage=1#panel-legal"));
        mvc.perform(get("/plans/{id}/legal-search", id)
                        .param("q", "1605")
                        .header("HX-Request", "true")
                        .with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isForbidden());
    }
}
