package vn.itplan.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

@PostgresTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void vietnameseIsTheDefault() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"vi\">"),
                                containsString("Đăng nhập"),
                                not(containsString("Sign in")))));
    }

    @Test
    void langParameterSwitchesToEnglishAndIsRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Sign in"), containsString("<html lang=\"en\">"))))
                .andExpect(cookie().value("itplan-lang", "en"));
        mvc.perform(get("/login").cookie(new Cookie("itplan-lang", "en")))
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void unknownLanguagesFallBackToVietnamese() throws Exception {
        mvc.perform(get("/login").param("lang", "fr")).andExpect(content().string(containsString("Đăng nhập")));
        mvc.perform(get("/login").param("lang", "<script>")).andExpect(content().string(containsString("Đăng nhập")));
    }
}
