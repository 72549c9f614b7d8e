package vn.itplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in throttle ({@code itplan.sign-in.*}): after {@code maxFailures} failed sign-ins for one user name within
 * {@code window} the name is locked for {@code lockDuration} (whether or not the account exists); after {@code
 * maxFailuresPerAddress} failures from one address within {@code window}, whatever the names, the address is locked
 * for {@code lockDuration}. The sign-in log keeps {@code logRetention}.
 */
@ConfigurationProperties("itplan.sign-in")
record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("90d") Duration logRetention) {}
