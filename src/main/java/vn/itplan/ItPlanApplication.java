package vn.itplan;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ItPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ItPlanApplication.class, args);
    }

    /** The one source of "now", so that tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
