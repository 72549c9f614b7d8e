package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;

/**
 * Two requests of one session at once that both leave a flash message (a double click on a button that redirects
 * with a message) both save the same new session attribute. Spring Session JDBC's plain insert made the second fail
 * on the attribute table's primary key (a 500); the attribute is now written as an upsert ({@link SessionStoreConfig}).
 */
@PostgresTest
class SessionFlashRaceTest {

    static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    /** The race without threads: two copies of one stored session, each given the same new attribute, both saved. */
    @Test
    void twoCopiesOfASessionBothAddingAnAttributeBothSaveAndTheLastWins() {
        twoCopiesBothAdd(sessions);
    }

    private <S extends Session> void twoCopiesBothAdd(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S first = sessions.findById(created.getId());
        S second = sessions.findById(created.getId());

        first.setAttribute(FLASH_MAPS, "first");
        second.setAttribute(FLASH_MAPS, "second");
        sessions.save(first);
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute(FLASH_MAPS))
                .isEqualTo("second");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes a join spring_session s"
                                + " on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = ?",
                        Integer.class,
                        created.getId(),
                        FLASH_MAPS))
                .isEqualTo(1);
        sessions.deleteById(created.getId());
    }

    /**
     * Two POSTs of one (new, empty) session sent at the same moment, each redirecting with a flash message: both are
     * redirected, neither fails. Repeated, each round on a session of its own, so that the two saves meet.
     */
    @Test
    void twoPostsOfOneSessionAtOnceThatBothFlashAreBothRedirected() throws Exception {
        var staff = users.loadUserByUsername("itstaff");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = newSession(sessions);
                Cookie cookie = new Cookie(
                        SessionCookies.NAME, Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    posts.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return mvc.perform(post("/notifications/read-all")
                                        .cookie(cookie)
                                        .with(user(staff))
                                        .with(csrf()))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                    }));
                }
                for (Future<Integer> post : posts) {
                    assertThat(post.get(30, TimeUnit.SECONDS))
                            .as("round " + round)
                            .isEqualTo(302);
                }
                assertThat(sessions.findById(id).<Object>getAttribute(FLASH_MAPS))
                        .as("the flash message is in the session")
                        .isNotNull();
                sessions.deleteById(id);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <S extends Session> String newSession(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        sessions.save(session);
        return session.getId();
    }
}
