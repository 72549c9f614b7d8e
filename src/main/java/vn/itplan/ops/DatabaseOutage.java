package vn.itplan.ops;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The database is unreachable (PostgreSQL stopped, restarting, the network between): the request is answered 503
 * with the portal's error page inside the layout, saying that nothing saved is lost, and {@code Retry-After}. The
 * page is rendered here, outside the session store and Spring Security, because both read the database: the layout
 * is rendered as for a visitor who is not signed in (no user menu, no CSRF token), in the language of the
 * language cookie. Nothing is kept: once the pool reaches the database again the next request is served as usual.
 */
@Component
class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 10;

    private final ViewResolver views;
    private final LocaleResolver locales;
    private final DataSource dataSource;

    DatabaseOutage(
            @Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales, DataSource dataSource) {
        this.views = views;
        this.locales = locales;
        this.dataSource = dataSource;
    }

    /**
     * Whether this failure is the database being unreachable: by its cause ({@link #causedBy}), or, for a database
     * failure that does not say (a rollback on a connection that was closed under it hides the first error), by
     * asking the pool for a working connection now.
     */
    boolean explains(Throwable failure) {
        return causedBy(failure) || (involvesDatabase(failure) && !reachable());
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean involvesDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure comes from not reaching the database: no connection from the pool in time, a connection
     * refused or broken (SQL state class 08), the server shutting down or starting up (57P01-57P03).
     */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(RequestIdFilter.HEADER, String.valueOf(request.getAttribute(RequestIdFilter.ATTRIBUTE)));
        HttpServletRequest withoutSession = new WithoutSession(request);
        withoutSession.removeAttribute("_csrf");
        withoutSession.removeAttribute(CsrfToken.class.getName());
        withoutSession.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Map<String, Object> model = Map.of(
                "status",
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "error",
                "Service Unavailable",
                "path",
                request.getRequestURI(),
                RequestIdFilter.ATTRIBUTE,
                String.valueOf(request.getAttribute(RequestIdFilter.ATTRIBUTE)));
        try {
            Locale locale = locales.resolveLocale(withoutSession);
            View view = views.resolveViewName("error", locale);
            if (view == null) {
                throw new IllegalStateException("no error view");
            }
            view.render(model, withoutSession, response);
        } catch (Exception renderFailure) {
            // The page needs nothing from the database; if it still fails, a plain answer is better than none.
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter()
                        .write("503 Service Unavailable: the portal cannot reach its database."
                                + " Nothing you saved is lost. Please try again in a minute.");
            }
        }
    }

    /** The request as one without a session: nothing on the 503 page may reach the session store. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public HttpSession getSession() {
            return null;
        }
    }
}
