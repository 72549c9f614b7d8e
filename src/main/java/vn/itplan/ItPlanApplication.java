package vn.itplan;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ItPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ItPlanApplication.class, args);
    }

    /** The portal's time zone: dates and deadlines are Vietnamese calendar days whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The one source of "now", in Vietnam time, so that tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
