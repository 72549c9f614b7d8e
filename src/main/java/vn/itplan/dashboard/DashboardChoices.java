package vn.itplan.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import vn.itplan.web.Choice;

/** The options of the dashboard's filter bar, labelled in the user's language (a view model of the controller). */
record DashboardChoices(
        List<Choice> years,
        List<Choice> quarters,
        List<Choice> periods,
        List<Choice> groups,
        List<Choice> frameworks,
        List<Choice> units) {

    /** The unit groups the dashboard compares: the province's own bodies and the districts. */
    private static final List<String> GROUPS = List.of("PROVINCIAL", "DISTRICT");

    static DashboardChoices of(DashboardView view, List<String> frameworks, MessageSource messages, Locale locale) {
        return new DashboardChoices(
                view.years().stream()
                        .map(y -> new Choice(String.valueOf(y), String.valueOf(y)))
                        .toList(),
                IntStream.rangeClosed(1, 4)
                        .mapToObj(q -> new Choice(
                                String.valueOf(q),
                                messages.getMessage("dashboard.filter.quarterN", new Object[] {q}, locale)))
                        .toList(),
                view.periods().stream()
                        .map(p -> new Choice(
                                String.valueOf(p.getId()), messages.getMessage(p.labelKey(), p.labelArgs(), locale)))
                        .toList(),
                GROUPS.stream()
                        .map(g -> new Choice(g, messages.getMessage("unit.group." + g, null, locale)))
                        .toList(),
                frameworks.stream()
                        .map(f -> new Choice(f, messages.getMessage("dashboard.framework." + f, null, locale)))
                        .toList(),
                view.units().stream()
                        .map(u -> new Choice(String.valueOf(u.id()), u.label()))
                        .toList());
    }
}
