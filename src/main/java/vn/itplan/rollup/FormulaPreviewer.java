package vn.itplan.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.Formula;
import vn.itplan.indicator.FormulaPreview;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ExtraFieldService;
import vn.itplan.report.ReportMeasure;

/**
 * The formula editor's view of the measures (built-in ones and the extra report fields a formula can read) and its
 * preview: the figure a formula gives over all expected units of the latest period with approved reports, computed
 * by the roll-up's own SQL.
 */
@RequiredArgsConstructor
@Component
@Transactional(readOnly = true)
class FormulaPreviewer implements FormulaPreview {

    private final RollupRepository repository;
    private final RollupService rollups;
    private final PeriodService periods;
    private final ExtraFieldService extraFields;

    @Override
    public List<MeasureOption> measures() {
        Locale locale = LocaleContextHolder.getLocale();
        List<MeasureOption> options = new ArrayList<>();
        Arrays.stream(ReportMeasure.values())
                .forEach(m -> options.add(new MeasureOption(m.name(), "rollup.measure." + m.name(), null)));
        extraFields.findAll().stream()
                .filter(f -> f.getType().measurable())
                .forEach(f -> options.add(new MeasureOption(
                        Formula.FIELD_PREFIX + f.getId(), null, f.getCode() + " · " + f.label(locale))));
        return options;
    }

    @Override
    public Optional<Result> preview(String code, int validFromYear, Formula formula) {
        Optional<Long> latest = repository.latestPeriodWithApprovedReports(validFromYear);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        ReportingPeriod period = periods.get(latest.get());
        return rollups.preview(period.getId(), code, Math.min(validFromYear, period.getYear()), formula)
                .map(f -> new Result(
                        period.labelKey(),
                        period.labelArgs(),
                        period.getYear(),
                        f.numerator(),
                        f.denominator(),
                        f.value(),
                        f.coverage().approved(),
                        f.coverage().expected()));
    }
}
