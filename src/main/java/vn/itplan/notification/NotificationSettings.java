package vn.itplan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications ({@code itplan.notification.*}): the portal's address for the links in e-mails, the sender, and the
 * outbox's attempts (the delay before attempt n+1 is {@code retryDelay} × 4ⁿ⁻¹). E-mail is on when Spring Boot's
 * mail starter has an SMTP server ({@code spring.mail.host}, {@code SPRING_MAIL_HOST}).
 */
@ConfigurationProperties("itplan.notification")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("itplan@localhost") String mailFrom,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("PT1M") java.time.Duration retryDelay) {}
