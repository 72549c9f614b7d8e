package vn.itplan.indicator;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /indicators}: the indicator catalogue, a new indicator, edits. Staff only (SecurityConfig). */
@Controller
@RequestMapping("/indicators")
class IndicatorController extends CatalogueController<Indicator, IndicatorForm> {

    private static final String LIST = "indicators/list";
    private static final String FORM = "indicators/form";

    IndicatorController(IndicatorAdminService indicators, Clock clock) {
        super(indicators, clock, IndicatorForm::blank, IndicatorForm::of, "/indicators", LIST, FORM, "indicator");
    }

    @Override
    protected void addFormData(Long id, Model model) {
        model.addAttribute("aggregations", Aggregation.values());
    }
}
