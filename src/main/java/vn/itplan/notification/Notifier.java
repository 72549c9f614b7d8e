package vn.itplan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.unit.UnitService;
import vn.itplan.user.AppUser;

/**
 * Writes a notification for one user and, when e-mail is on (an SMTP server is configured) and the user wants this
 * kind by e-mail, its message in the outbox (Vietnamese, plain text and HTML). Nothing is sent here: {@link
 * OutboxSender} sends. Runs in the caller's transaction, so a notification commits or rolls back with its cause.
 */
@RequiredArgsConstructor
@Service
@Transactional(propagation = Propagation.REQUIRED)
class Notifier {

    static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final PeriodService periods;
    private final UnitService units;
    private final NotificationSettings settings;
    private final Clock clock;

    /** What to tell, about which report / period / unit. */
    record About(
            NotificationKind kind,
            Long reportId,
            Long periodId,
            Long unitId,
            Integer daysLeft,
            String actor,
            String comment) {}

    boolean emailOn() {
        return mail.getIfAvailable() != null;
    }

    /** Notifies {@code user}; with a {@code dedupKey}, once ever. Returns whether a notification was written. */
    boolean notify(AppUser user, About about, String dedupKey) {
        Instant now = Instant.now(clock);
        var id = store.insert(user.getId(), about, now, dedupKey);
        if (id.isEmpty()) {
            return false;
        }
        String email = user.getEmail();
        if (emailOn()
                && email != null
                && !email.isBlank()
                && store.emailChoices(user.getId()).get(about.kind())) {
            String subject = text("notification.mail.subject." + about.kind().name(), about);
            String body = text("notification.text." + about.kind().name(), about);
            String link = settings.baseUrl() + about.kind().target(about.reportId());
            String comment = about.comment() == null
                    ? ""
                    : "\n\n" + messages.getMessage("notification.comment", null, MAIL_LOCALE) + " " + about.comment();
            String footer = messages.getMessage("notification.mail.footer", null, MAIL_LOCALE);
            String plain = body + comment + "\n\n" + link + "\n\n" + footer;
            String html = "<!DOCTYPE html><html lang=\"vi\"><body><p>" + HtmlUtils.htmlEscape(body) + "</p>"
                    + (about.comment() == null
                            ? ""
                            : "<blockquote>" + HtmlUtils.htmlEscape(about.comment()) + "</blockquote>")
                    + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("notification.mail.open", null, MAIL_LOCALE))
                    + "</a></p><p style=\"color:#666\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
            store.queueMail(id.get(), email.strip(), subject, plain, html, now);
        }
        return true;
    }

    /** The notification's sentence in {@code locale}: the bell's line and the e-mail's body. */
    String text(String key, About about, Locale locale) {
        String period = "";
        if (about.periodId() != null) {
            ReportingPeriod p = periods.get(about.periodId());
            period = messages.getMessage(p.labelKey(), p.labelArgs(), locale);
        }
        String unit = about.unitId() == null ? "" : units.get(about.unitId()).displayName();
        return messages.getMessage(
                key,
                new Object[] {period, unit, about.daysLeft() == null ? 0 : about.daysLeft(), about.actor()},
                locale);
    }

    private String text(String key, About about) {
        return text(key, about, MAIL_LOCALE);
    }
}
