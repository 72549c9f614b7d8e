package vn.itplan.rollup;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.itplan.audit.AuditVersion;

/**
 * Figures computed from the reports, kept for as long as the data they rest on is unchanged: each answer is stored
 * under what was asked and the <b>data version</b>, the audit trail's version ({@link AuditVersion}: every state change
 * of the portal is audited in its own transaction, on any instance) and today's date (timeliness and what is expected
 * depend on it). A change anywhere makes a new version, so the next request computes afresh; nothing is ever served
 * from before a change it could depend on. Bounded by weight ({@code itplan.figures.cache.max-weight}, about the
 * number of unit rows kept); concurrent requests for the same answer wait for one computation.
 *
 * <p>Used only in read-only transactions (what a read-write transaction sees may not be committed, nor final); the
 * version is read once per request (one index-only statement) and again after this instance records a change. See
 * {@code src/docs/architecture.md}, "Numbers".
 */
@Component
public class FiguresCache {

    private static final String MEMO = FiguresCache.class.getName() + ".version";

    /**
     * Audit entity types that no figure depends on: sign-ins, account changes and API tokens ("USER", from
     * security.SignInGuard and user.UserService; "API_TOKEN", from user.ApiTokenService). Without this every sign-in
     * (thousands a day at national scale) would throw every figure away.
     */
    static final Set<String> NOT_FIGURES = Set.of("USER", "API_TOKEN");

    private final AuditVersion versions;
    private final Clock clock;
    private final boolean enabled;
    private final AsyncCache<Key, Weighed> cache;

    FiguresCache(
            AuditVersion versions,
            Clock clock,
            @Value("${itplan.figures.cache.enabled:true}") boolean enabled,
            @Value("${itplan.figures.cache.max-weight:400000}") long maxWeight) {
        this.versions = versions;
        this.clock = clock;
        this.enabled = enabled;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Key key, Weighed value) -> value.weight())
                .buildAsync();
    }

    private record Key(Object question, String version, LocalDate day) {}

    private record Weighed(Object value, int weight) {}

    private record Memo(String version, long recordedHere) {}

    /**
     * The answer to {@code question} (a value object: equal questions, same answer) at the current data version,
     * computed by {@code compute} when not kept. {@code weight} tells roughly how many unit rows the answer holds
     * (at least 1). {@code compute} must not ask this cache itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, ToIntFunction<T> weight, Supplier<T> compute) {
        String version = version();
        if (version == null) {
            return compute.get();
        }
        Key key = new Key(question, version, LocalDate.now(clock));
        CompletableFuture<Weighed> mine = new CompletableFuture<>();
        CompletableFuture<Weighed> kept = cache.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            try {
                return (T) kept.join().value();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return compute.get(); // the other request failed: compute here, without keeping
            }
        }
        try {
            T value = compute.get();
            mine.complete(new Weighed(value, Math.max(1, weight.applyAsInt(value))));
            return value;
        } catch (RuntimeException | Error e) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The data version, or null when nothing may be read from or kept in the cache here. */
    private String version() {
        if (!enabled
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        long recordedHere = versions.recordedHere();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST) instanceof Memo memo
                && memo.recordedHere() == recordedHere) {
            return memo.version();
        }
        String version = versions.current(NOT_FIGURES);
        if (request != null) {
            request.setAttribute(MEMO, new Memo(version, recordedHere), RequestAttributes.SCOPE_REQUEST);
        }
        return version;
    }
}
