package vn.itplan.notification;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.PageLinks;

/**
 * {@code /notifications}: the bell's list (each line leads to its report), the user's e-mail choices, whether e-mail
 * is on; for staff, the reminder from the completeness board ({@code /notifications/remind?period=}).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationService notifications;

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("lines", notifications.latest(user, locale));
        model.addAttribute("emailOn", notifications.emailOn());
        if (user.isStaff()) {
            model.addAttribute("outbox", notifications.outboxCounts());
        }
        return "notifications/list";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return "redirect:" + notifications.open(id, user);
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> notifications.readAll(user), "notification.allRead");
        return "redirect:/notifications";
    }

    /** Who the reminder will reach, before it is sent: a page of the units, and how many in all. */
    @GetMapping("/remind")
    String remindPreview(
            @RequestParam(required = false) Long period, @RequestParam(required = false) String page, Model model) {
        notifications.period(period).ifPresent(label -> {
            model.addAttribute("period", label);
            model.addAttribute(
                    "recipients", notifications.reminderRecipients(label.periodId(), PageLinks.pageNumber(page)));
            model.addAttribute("links", PageLinks.to("/notifications/remind").with("period", label.periodId()));
        });
        model.addAttribute("emailOn", notifications.emailOn());
        return "notifications/remind";
    }

    @PostMapping("/remind")
    String remind(@RequestParam Long period, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> notifications.remind(period, user)).ifPresent(units -> {
            if (units > 0) {
                Flash.success(redirect, "notification.remind.sent", units);
            } else {
                Flash.success(redirect, "notification.remind.none");
            }
        });
        return "redirect:/reports?period=" + period;
    }
}
