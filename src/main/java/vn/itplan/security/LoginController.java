package vn.itplan.security;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, HttpSession session, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("lastUsername", session.getAttribute(LoginFailureHandler.LAST_USERNAME));
        session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("lockedUntil", lockedUntil(locked));
        return "auth/login";
    }

    /** The end of the lock from {@code ?locked=<epoch second>}; null when absent or not a number. */
    private static Instant lockedUntil(String locked) {
        if (locked == null
                || locked.isBlank()
                || locked.length() > 12
                || !locked.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(locked));
    }
}
