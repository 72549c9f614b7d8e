package vn.itplan.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.UserSessions;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /account}: the signed-in user's own account: change the password, recent sign-ins, sign out the other
 * sessions, personal API tokens, e-mail on or off per kind of notification. {@code /account/password} is the only
 * page a user who must change their password can reach.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/account")
class AccountController {

    static final int RECENT_SIGN_INS = 10;

    private final UserService users;
    private final UserSessions sessions;
    private final ApiTokenService apiTokens;
    private final EmailChoices emailChoices;

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm());
        return showAccount(user, model);
    }

    @GetMapping("/password")
    String passwordPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm());
        return showPasswordPage(user, model);
    }

    @PostMapping("/password")
    String changePassword(
            @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean forced = users.mustChangePassword(user.username());
        if (!Forms.run(result, () -> users.changePassword(user, form))) {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return forced ? showPasswordPage(user, model) : showAccount(user, model);
        }
        PasswordChangeInterceptor.passwordChanged(user, request, response);
        Flash.success(redirect, "account.password.changed");
        return forced ? "redirect:/" : "redirect:/account";
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
        int ended =
                sessions.endOtherSessions(user.username(), request.getSession().getId());
        Flash.success(redirect, "account.sessions.ended", ended);
        return "redirect:/account";
    }

    /**
     * A new personal API token: the page is rendered, not redirected to, so that the token is shown this once and
     * kept nowhere (not in a flash stored with the session).
     */
    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") ApiTokenForm tokenForm,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Optional<ApiTokenService.Created> created =
                Forms.save(result, () -> apiTokens.create(tokenForm.getName(), user));
        created.ifPresent(token -> {
            model.addAttribute("createdToken", token);
            model.addAttribute("tokenForm", new ApiTokenForm());
        });
        model.addAttribute("form", new PasswordForm());
        return showAccount(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> apiTokens.revoke(id, user), "account.token.revoked");
        return "redirect:/account#api-tokens";
    }

    /** E-mail on or off per kind of notification (the kinds ticked are on). */
    @PostMapping("/notifications")
    String saveEmailChoices(
            @RequestParam(name = "email", required = false) List<String> email,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.act(redirect, () -> emailChoices.save(user.id(), email), "notification.choicesSaved");
        return "redirect:/account#email-choices";
    }

    private String showAccount(CurrentUser user, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new ApiTokenForm());
        }
        model.addAttribute("apiTokens", apiTokens.list(user));
        model.addAttribute("account", users.findByUsername(user.username()).orElseThrow());
        model.addAttribute("signIns", sessions.recentSignIns(user.username(), RECENT_SIGN_INS));
        model.addAttribute("emailChoices", emailChoices.of(user));
        model.addAttribute("emailOn", emailChoices.emailOn());
        return "account/index";
    }

    private String showPasswordPage(CurrentUser user, Model model) {
        model.addAttribute("account", users.findByUsername(user.username()).orElseThrow());
        return "account/password";
    }
}
