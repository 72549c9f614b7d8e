package vn.itplan.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one time zone and its one source of "now": dates and deadlines are Vietnamese calendar days
 * whatever the server's zone. Code asks the injected {@link Clock} ({@code LocalDate.now(clock)}), never the
 * system clock, so that tests and the demo can fix the date.
 */
@Configuration
public class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
