package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The demo date: set by the demo profiles (the default one included), never by production's 'postgres' alone. */
class PortalClockTest {

    @Test
    void aFixedDateIsTodayAndTheClockRunsOn() {
        Clock system = Clock.fixed(Instant.parse("2026-11-30T03:15:00Z"), PortalClock.ZONE);
        Clock clock = PortalClock.of(system, LocalDate.of(2015, 4, 20));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2015, 4, 20));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2015-04-20T03:15:00Z"));
        assertThat(PortalClock.of(system, null)).isSameAs(system);
    }

    @Test
    void theDefaultProfileIsTheDemoAndRunsOnTheDemoDate() {
        assertThat(today()).isEqualTo(LocalDate.of(2015, 4, 20));
        assertThat(today("postgres", "demo")).isEqualTo(LocalDate.of(2015, 4, 20));
    }

    @Test
    void productionAndTestsUseTheRealClock() {
        assertThat(today("postgres")).isAfter(LocalDate.of(2025, 1, 1));
        assertThat(today("test")).isAfter(LocalDate.of(2025, 1, 1));
    }

    private static LocalDate today(String... profiles) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalClock.class)
                .web(WebApplicationType.NONE)
                .profiles(profiles)
                .logStartupInfo(false)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .run()) {
            return LocalDate.now(context.getBean(Clock.class));
        }
    }
}
