package vn.itplan.user;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.unit.Unit;
import vn.itplan.web.Choice;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.PageLinks;

/**
 * {@code /admin/users}: the accounts (search, filters, paging), a new account, edits, disable and enable, a password
 * reset. Administrators only (SecurityConfig's /admin/** rule and {@code @AdminOnly} on the service). A one-time
 * password travels in a flash attribute to {@code /admin/users/{id}/password}, shown there once, never cached.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String ONE_TIME_PASSWORD = "oneTimePassword";

    private final UserService users;

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String enabled,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Role roleFilter = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        Boolean enabledFilter = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
        model.addAttribute("users", users.search(q, roleFilter, unit, enabledFilter, page));
        model.addAttribute("q", q);
        model.addAttribute("role", roleFilter);
        model.addAttribute("unit", unit);
        model.addAttribute("enabled", enabledFilter);
        model.addAttribute(
                "links",
                PageLinks.to("/admin/users")
                        .with("q", q)
                        .with("role", roleFilter)
                        .with("unit", unit)
                        .with("enabled", enabledFilter));
        addChoices(model);
        return "users/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return showForm(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var created = Forms.save(result, users.check(form, null, user), () -> users.create(form, user));
        if (created.isEmpty()) {
            return showForm(null, model);
        }
        redirect.addFlashAttribute(ONE_TIME_PASSWORD, created.get().oneTimePassword());
        Flash.success(redirect, "users.created", form.getUsername());
        return "redirect:/admin/users/" + created.get().user().getId() + "/password";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", UserForm.of(users.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        AppUser current = users.get(id);
        form.setUsername(current.getUsername());
        if (!Forms.run(
                result,
                users.check(form, id, user),
                () -> users.update(id, form, user),
                Forms.showCurrent(model, () -> users.get(id), form::setVersion))) {
            return showForm(id, model);
        }
        Flash.success(redirect, "users.saved", current.getUsername());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String username = users.get(id).getUsername();
        Forms.act(redirect, () -> users.disable(id, user), "users.disabled", username);
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String username = users.get(id).getUsername();
        Forms.act(redirect, () -> users.enable(id, user), "users.enabled", username);
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(
            @PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String username = users.get(id).getUsername();
        String oneTime = users.resetPassword(id, user);
        redirect.addFlashAttribute(ONE_TIME_PASSWORD, oneTime);
        Flash.success(redirect, "users.passwordReset", username);
        return "redirect:/admin/users/" + id + "/password";
    }

    /** The one-time password, once: it came in the flash of the redirect; a reload finds it gone. */
    @GetMapping("/{id}/password")
    String oneTimePassword(@PathVariable Long id, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        AppUser account = users.get(id);
        if (!model.containsAttribute(ONE_TIME_PASSWORD)) {
            return "redirect:/admin/users/" + id + "/edit";
        }
        model.addAttribute("account", account);
        return "users/password";
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("userId", id);
        if (id != null) {
            model.addAttribute("account", users.get(id));
        }
        model.addAttribute("requiredFields", List.of("username", "fullName", "role"));
        addChoices(model);
        return "users/form";
    }

    private void addChoices(Model model) {
        List<Unit> units = users.units();
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "unitChoices",
                units.stream()
                        .map(u -> new Choice(u.getId().toString(), u.getCode() + " · " + u.getName()))
                        .toList());
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        model.addAttribute("unitsById", byId);
    }
}
