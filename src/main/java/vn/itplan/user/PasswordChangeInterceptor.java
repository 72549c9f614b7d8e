package vn.itplan.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.itplan.security.CurrentUser;

/**
 * A user whose password was set by an administrator (a new account, a reset, an import) reaches nothing but the
 * change-password page until they choose their own: every other request is sent there.
 *
 * <p>Whether they must is read at sign-in into {@link CurrentUser#mustChangePassword()}, so an ordinary request costs
 * no query. That is enough: an account only comes to need a new password by being created (no session yet) or by a
 * reset, which ends all its sessions, so a session that began without the need never acquires it. Only a session that
 * began with it asks the database (the password may have been changed in another session since); once the password is
 * changed, the session's user is replaced by one without the need.
 */
@RequiredArgsConstructor
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String CHANGE_PAGE = "/account/password";

    private static final SecurityContextRepository SESSION_CONTEXT = new HttpSessionSecurityContextRepository();

    private final UserService users;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof CurrentUser user)
                || !user.mustChangePassword()) {
            return true;
        }
        if (!users.mustChangePassword(user.username())) {
            passwordChanged(user, request, response);
            return true;
        }
        if (CHANGE_PAGE.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        return false;
    }

    /** After the user chose their own password: the session's user no longer has to. */
    static void passwordChanged(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        if (!user.mustChangePassword()) {
            return;
        }
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                user.withPasswordChanged(), null, old == null ? user.getAuthorities() : old.getAuthorities());
        if (old != null) {
            changed.setDetails(old.getDetails());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(changed);
        SecurityContextHolder.setContext(context);
        SESSION_CONTEXT.saveContext(context, request, response);
    }
}
