package vn.itplan.web;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's date ({@code itplan.clock.*}): {@code fixedDate} makes the portal start on that day (the time of day
 * and the days after it run on from there), so that the 2015 demo data reads as the season it depicts. Set only by
 * the demo profile ({@code application-demo.properties}); unset, the portal uses the real clock.
 */
@ConfigurationProperties("itplan.clock")
record ClockSettings(LocalDate fixedDate) {}
