package vn.itplan.rollup;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.Choice;
import vn.itplan.web.PageLinks;

/**
 * {@code /figures/{period}/{code}}: the drill-down from a figure to the units in its numerator and denominator,
 * each with its reported values and a link to its report, {@value #PAGE_SIZE} units a page, filtered by report state
 * and a unit's name or code, in the units' order, by name or by value. The figure and its coverage are over every
 * expected unit. Leaders and staff.
 */
@RequiredArgsConstructor
@Controller
class RollupController {

    /** Units on one page of a drill-down, whatever the address asks for. */
    static final int PAGE_SIZE = 50;

    private final RollupService rollups;
    private final IndicatorService indicators;
    private final MessageSource messages;

    @GetMapping("/figures/{periodId}/{code}")
    String drilldown(
            @PathVariable Long periodId,
            @PathVariable String code,
            @RequestParam(required = false) UnitKind.Group group,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            Locale locale,
            Model model) {
        RollupScope scope = RollupScope.of(group, unit);
        Drilldown drilldown = rollups.drilldown(periodId, code, scope);
        DrilldownSelection selection = DrilldownSelection.of(state, q, sort);
        Page<Drilldown.Line> lines = selection.page(drilldown, PageLinks.pageNumber(page), PAGE_SIZE);
        model.addAttribute("drilldown", drilldown);
        model.addAttribute("page", lines);
        model.addAttribute("lines", lines.getContent());
        model.addAttribute("selection", selection);
        model.addAttribute("links", selection.links(periodId, code, scope, selection.sort()));
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (String s : DrilldownSelection.SORTS) {
            sortLinks.put(s, selection.links(periodId, code, scope, s).list());
        }
        model.addAttribute("sortLinks", sortLinks);
        model.addAttribute(
                "clearLink",
                new DrilldownSelection(null, null, selection.sort())
                        .links(periodId, code, scope, selection.sort())
                        .list());
        model.addAttribute(
                "states",
                DrilldownSelection.STATES.stream()
                        .map(s -> new Choice(s, messages.getMessage("dashboard.state." + s, null, locale)))
                        .toList());
        model.addAttribute(
                "indicatorName",
                indicators.findByCode(code).map(i -> i.name(locale)).orElse(code));
        return "rollup/drilldown";
    }
}
