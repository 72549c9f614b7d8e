package vn.itplan.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one time zone and its one source of "now": dates and deadlines are Vietnamese calendar days
 * whatever the server's zone. Code asks the injected {@link Clock} ({@code LocalDate.now(clock)}), never the
 * system clock, so that tests and the demo can fix the date ({@link ClockSettings}).
 */
@Configuration
@EnableConfigurationProperties(ClockSettings.class)
public class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock(ClockSettings settings) {
        return of(Clock.system(ZONE), settings.fixedDate());
    }

    /**
     * {@code system} itself, or, with a fixed date, a clock that reads that date now (at the real time of day) and
     * runs on from there: timestamps keep their order and the day still changes at midnight.
     */
    static Clock of(Clock system, LocalDate fixedDate) {
        if (fixedDate == null) {
            return system;
        }
        LocalDate today = LocalDate.now(system);
        return Clock.offset(system, Duration.between(today.atStartOfDay(), fixedDate.atStartOfDay()));
    }
}
