package vn.itplan.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.itplan.security.CurrentUser;

/**
 * A user whose password was set by an administrator (a new account, a reset, an import) reaches nothing but the
 * change-password page until they choose their own: every other request is sent there. Once the account is known
 * to be in order, the session remembers it, so that a request costs no query.
 */
@RequiredArgsConstructor
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String CHANGE_PAGE = "/account/password";
    static final String CHECKED = PasswordChangeInterceptor.class.getName() + ".CHECKED";

    private final UserService users;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(CHECKED))) {
            return true;
        }
        if (!users.mustChangePassword(user.username())) {
            if (session != null) {
                session.setAttribute(CHECKED, Boolean.TRUE);
            }
            return true;
        }
        if (CHANGE_PAGE.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        return false;
    }

    /** After the user chose their own password. */
    static void passwordChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(CHECKED, Boolean.TRUE);
        }
    }
}
