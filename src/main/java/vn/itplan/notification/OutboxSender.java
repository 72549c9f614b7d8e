package vn.itplan.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: each pending message whose time has come, one SMTP call each, outside any user's transaction
 * (a failing server never fails an action). A failure is retried after {@code retryDelay}, then 4× longer; after
 * {@code maxAttempts} the message is FAILED. Counters {@code itplan.notifications.sent} / {@code .failed}.
 */
@Slf4j
@RequiredArgsConstructor
@Component
public class OutboxSender {

    static final int BATCH = 100;

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    @Scheduled(cron = "${itplan.notification.send-cron:30 * * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.send-mail")
    public void run() {
        sendDue();
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Instant now = Instant.now(clock);
        for (NotificationStore.Mail message : store.dueMail(now, BATCH)) {
            try {
                MimeMessage mime = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(settings.mailFrom());
                helper.setTo(message.recipient());
                helper.setSubject(message.subject());
                helper.setText(message.text(), message.html());
                sender.send(mime);
                store.markSent(message.id(), Instant.now(clock));
                meters.counter("itplan.notifications.sent").increment();
                sent++;
            } catch (Exception e) {
                int attempt = message.attempts() + 1;
                boolean last = attempt >= settings.maxAttempts();
                Duration delay = settings.retryDelay().multipliedBy((long) Math.pow(4, attempt - 1));
                store.markAttemptFailed(message.id(), last, Instant.now(clock).plus(delay), e.getMessage());
                if (last) {
                    meters.counter("itplan.notifications.failed").increment();
                    log.error("E-mail {} failed after {} attempts", message.id(), attempt, e);
                } else {
                    log.warn("E-mail {} attempt {} failed: {}", message.id(), attempt, e.getMessage());
                }
            }
        }
        return sent;
    }
}
