package vn.itplan.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problems;

/**
 * What IT staff change in an indicator's formula: a definition from a year on (saving for a year that already has
 * one replaces it; a definition of an earlier year is left alone, so earlier figures do not move), and its codes
 * in external frameworks. The formula is checked against the measures that exist, and previewed before it is
 * kept. Audited.
 */
@RequiredArgsConstructor
@Service
@Transactional
class FormulaAdminService {

    private final IndicatorService lookups;
    private final IndicatorDefinitionRepository definitions;
    private final FrameworkCodeRepository frameworks;
    private final FormulaPreview preview;
    private final AuditService audit;
    private final Clock clock;

    @Transactional(readOnly = true)
    List<IndicatorDefinition> versions(Long indicatorId) {
        return definitions.findByIndicatorIdOrderByValidFromYearDesc(indicatorId);
    }

    @Transactional(readOnly = true)
    Map<String, String> frameworkCodes(Long indicatorId) {
        return frameworks.findByIndicatorId(indicatorId).stream()
                .collect(Collectors.toMap(FrameworkCode::getFramework, FrameworkCode::getCode));
    }

    @Transactional(readOnly = true)
    List<FormulaPreview.MeasureOption> measures() {
        return preview.measures();
    }

    /** The rules of {@link #save}, without saving. */
    @Transactional(readOnly = true)
    Problems check(FormulaForm form) {
        Problems problems = new Problems();
        Set<String> known = preview.measures().stream()
                .map(FormulaPreview.MeasureOption::key)
                .collect(Collectors.toSet());
        if (form.getNumerator() != null && !known.contains(form.getNumerator())) {
            problems.reject("numerator", "indicator.formula.unknownMeasure");
        }
        if (form.getAggregation() == Aggregation.RATIO) {
            if (form.getDenominator() == null) {
                problems.reject("denominator", "indicator.formula.denominatorRequired");
            } else if (!known.contains(form.getDenominator())) {
                problems.reject("denominator", "indicator.formula.unknownMeasure");
            }
        }
        boolean count = form.getAggregation() == Aggregation.COUNT_UNITS;
        if (count && form.getConditionOp() == null) {
            problems.reject("conditionOp", "indicator.formula.conditionRequired");
        }
        if (count && form.getConditionValue() == null) {
            problems.reject("conditionValue", "indicator.formula.conditionRequired");
        }
        if (form.getAggregation() != null
                && form.getDisplayKind() != null
                && count != (form.getDisplayKind() == DisplayKind.UNITS)) {
            problems.reject("displayKind", "indicator.formula.unitsOnlyForCounts");
        }
        return problems;
    }

    /** What the formula would give on the latest period with approved reports; checked first. */
    @Transactional(readOnly = true)
    Optional<FormulaPreview.Result> preview(Indicator indicator, FormulaForm form) {
        check(form).throwIfAny();
        return preview.preview(indicator.getCode(), form.getValidFromYear(), form.formula());
    }

    @StaffOnly
    IndicatorDefinition save(Long indicatorId, FormulaForm form, CurrentUser user) {
        Indicator indicator = lookups.get(indicatorId);
        check(form).throwIfAny();
        Formula formula = form.formula();
        Optional<IndicatorDefinition> existing =
                definitions.findByIndicatorIdAndValidFromYear(indicatorId, form.getValidFromYear());
        Map<String, String> before = existing.map(d -> snapshot(d.formula())).orElse(Map.of());
        IndicatorDefinition definition = existing.orElseGet(() -> new IndicatorDefinition(
                indicatorId, form.getValidFromYear(), formula, Instant.now(clock), user.username()));
        definition.redefine(formula);
        definitions.saveAndFlush(definition);
        recode(indicatorId, FrameworkCode.DTI, form.getDtiCode());
        recode(indicatorId, FrameworkCode.ICT_INDEX, form.getIctIndexCode());
        FieldChanges changes = FieldChanges.between(before, snapshot(formula));
        audit.record(
                user.username(),
                "INDICATOR_FORMULA_SAVED",
                IndicatorAdminService.ENTITY,
                indicatorId,
                indicator.getCode() + " " + form.getValidFromYear() + ": " + changes.names(),
                changes.details());
        return definition;
    }

    private void recode(Long indicatorId, String framework, String code) {
        Optional<FrameworkCode> current = frameworks.findById(new FrameworkCode.Key(indicatorId, framework));
        if (code == null) {
            current.ifPresent(frameworks::delete);
        } else if (current.isPresent()) {
            current.get().recode(code);
        } else {
            frameworks.save(new FrameworkCode(indicatorId, framework, code));
        }
    }

    private static Map<String, String> snapshot(Formula formula) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("aggregation", formula.aggregation().name());
        values.put("numerator", formula.numerator().key());
        values.put(
                "denominator",
                formula.denominator() == null ? null : formula.denominator().key());
        values.put(
                "conditionOp",
                formula.conditionOp() == null ? null : formula.conditionOp().name());
        values.put(
                "conditionValue",
                formula.conditionValue() == null
                        ? null
                        : formula.conditionValue().toPlainString());
        values.put("scale", formula.scale().stripTrailingZeros().toPlainString());
        values.put("displayKind", formula.displayKind().name());
        values.put("decimals", String.valueOf(formula.decimals()));
        return values;
    }
}
