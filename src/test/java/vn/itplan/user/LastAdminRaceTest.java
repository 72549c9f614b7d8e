package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.InvalidInputException;

/**
 * Two administrators, the only active ones, disable (or demote) each other at the same time: one of them must stay.
 * The first change is held open (its transaction not yet committed) while the second starts; the second must wait
 * for it and then be refused, instead of counting two administrators and leaving none.
 */
@PostgresTest
class LastAdminRaceTest {

    @Autowired
    UserService users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoAdministratorsDisablingEachOtherLeaveOne() throws Exception {
        race(
                (first, second) -> {
                    run(first, () -> users.disable(second.id(), first));
                },
                (first, second) -> {
                    run(second, () -> users.disable(first.id(), second));
                });
    }

    @Test
    void anAdministratorDemotedWhileDisablingTheOtherLeavesOne() throws Exception {
        race(
                (first, second) -> {
                    run(first, () -> {
                        AppUser account = users.get(second.id());
                        UserForm form = UserForm.of(account);
                        form.setRole(Role.IT_STAFF);
                        users.update(second.id(), form, first);
                    });
                },
                (first, second) -> {
                    run(second, () -> users.disable(first.id(), second));
                });
    }

    interface Change {
        void apply(CurrentUser first, CurrentUser second);
    }

    private void race(Change held, Change concurrent) throws Exception {
        CurrentUser first = admin();
        CurrentUser second = admin();
        List<Long> others = jdbc.queryForList(
                "update app_user set enabled = false where role = 'ADMIN' and enabled and id not in (?, ?) returning id",
                Long.class,
                first.id(),
                second.id());
        try {
            CountDownLatch changed = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                held.apply(first, second);
                changed.countDown();
                await(commit);
            }));
            assertThat(changed.await(20, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Throwable> two = CompletableFuture.supplyAsync(() -> {
                try {
                    concurrent.apply(first, second);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            // the second change waits for the first one's lock: it cannot decide before the first commits
            assertThat(waitAtMost(two, 1500))
                    .as("the second change decided without waiting")
                    .isFalse();
            commit.countDown();
            one.get(20, TimeUnit.SECONDS);
            Throwable refusal = two.get(20, TimeUnit.SECONDS);
            assertThat(refusal).isInstanceOf(InvalidInputException.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from app_user where role = 'ADMIN' and enabled and id in (?, ?)",
                            Integer.class,
                            first.id(),
                            second.id()))
                    .isEqualTo(1);
        } finally {
            jdbc.update("update app_user set enabled = false where id in (?, ?)", first.id(), second.id());
            for (Long id : others) {
                jdbc.update("update app_user set enabled = true where id = ?", id);
            }
        }
    }

    private CurrentUser admin() {
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser created = as(
                new CurrentUser(null, "race", "", "race", Role.ADMIN, null, true),
                () -> users.createUser(
                        new CurrentUser(null, "race", "", "race", Role.ADMIN, null, true),
                        name,
                        "Nui-Ngoc-Linh-Race-2026",
                        "Race " + name,
                        Role.ADMIN,
                        null));
        return AppUserDetailsService.currentUser(created);
    }

    /** Runs as the given administrator in this thread (method security reads the thread's context). */
    private static void run(CurrentUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static boolean waitAtMost(CompletableFuture<?> future, long millis) throws Exception {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillWaiting) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
