package vn.itplan.rollup;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.unit.UnitKind;

/**
 * {@code /figures/{period}/{code}}: the drill-down from a figure to the units in its numerator and denominator,
 * each with its reported values and a link to its report. Leaders and staff.
 */
@RequiredArgsConstructor
@Controller
class RollupController {

    private final RollupService rollups;
    private final IndicatorService indicators;

    @GetMapping("/figures/{periodId}/{code}")
    String drilldown(
            @PathVariable Long periodId,
            @PathVariable String code,
            @RequestParam(required = false) UnitKind.Group group,
            @RequestParam(required = false) Long unit,
            Locale locale,
            Model model) {
        Drilldown drilldown = rollups.drilldown(periodId, code, RollupScope.of(group, unit));
        model.addAttribute("drilldown", drilldown);
        model.addAttribute(
                "indicatorName",
                indicators.findByCode(code).map(i -> i.name(locale)).orElse(code));
        return "rollup/drilldown";
    }
}
