package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

/**
 * Input PostgreSQL cannot store, text in decomposed Unicode, and page numbers that would overflow: the binder
 * cleans the text before any controller sees it (what the page echoes back is what the service received), and
 * nothing ends in an error page.
 */
@PostgresTest
class HostileInputTest {

    /** "Đắk Hà" with its marks typed as combining characters (a + breve + acute, a + grave). */
    static final String DAK_HA_DECOMPOSED = "\u0110a\u0306\u0301k Ha\u0300";
    /** The same name precomposed (NFC): ắ is U+1EAF, à is U+00E0. */
    static final String DAK_HA_NFC = "\u0110\u1EAFk H\u00E0";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aNulByteInASearchIsDroppedBeforeTheSearchRuns() throws Exception {
        Document page = page("/legal-bases", "q", "quyet\u0000 dinh 1605", "itstaff");

        assertThat(page.getElementById("q").val()).isEqualTo("quyet dinh 1605");
        assertThat(page.getElementById("documents-table").text()).contains("1605/QĐ-TTg");
    }

    @Test
    void aControlCharacterInAFilterIsDropped() throws Exception {
        Document page = page("/admin/audit", "actor", "it\u0007staff\u0000", "admin");

        assertThat(page.getElementById("actor").val()).isEqualTo("itstaff");
    }

    @Test
    void decomposedTextReachesTheControllerInNfc() throws Exception {
        Document page = page("/legal-bases", "q", DAK_HA_DECOMPOSED, "itstaff");

        assertThat(page.getElementById("q").val()).isEqualTo(DAK_HA_NFC).isNotEqualTo(DAK_HA_DECOMPOSED);
    }

    @Test
    void absurdPageNumbersAreAnsweredWithAPage() throws Exception {
        mvc.perform(get("/legal-bases").param("page", "200000000").with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("page", "50000000").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void controlCharactersAreRemovedButLineBreaksKept() {
        assertThat(UserText.clean("a\u0000b\u0007c\nd\te")).isEqualTo("abc\nd\te");
        assertThat(UserText.clean("")).isEmpty();
        assertThat(UserText.clean(null)).isNull();
    }

    @Test
    void textIsPutInNfc() {
        assertThat(UserText.clean(DAK_HA_DECOMPOSED)).isEqualTo(DAK_HA_NFC);
        assertThat(UserText.clean(DAK_HA_NFC)).isSameAs(DAK_HA_NFC);
    }

    private Document page(String path, String param, String value, String username) throws Exception {
        String html = mvc.perform(get(path).param(param, value).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
