package vn.itplan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

/** Input PostgreSQL cannot store, and page numbers that would overflow, never end in an error page. */
@PostgresTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aNulByteInASearchIsDropped() throws Exception {
        mvc.perform(get("/legal-bases").param("q", "quyet\u0000 dinh 1605").with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("actor", "\u0000").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
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
}
