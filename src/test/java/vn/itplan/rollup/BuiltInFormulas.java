package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.ConditionOp;
import vn.itplan.indicator.DisplayKind;
import vn.itplan.indicator.Formula;
import vn.itplan.report.ReportMeasure;

/**
 * For unit tests that build figures without a database: the 19 formulas that migration V21 stores, and their
 * figures over given measure sums (a yes/no measure's sum is the number of units answering yes, the reports the
 * denominator of a count). The roll-up computes the same in SQL.
 */
public final class BuiltInFormulas {

    public static final Map<String, Formula> FORMULAS = new LinkedHashMap<>();

    static {
        ratio("HT01", "PCS", "STAFF", 1, DisplayKind.RATIO);
        ratio("HT02", "STAFF_WITH_PC", "STAFF", 100, DisplayKind.PERCENTAGE);
        ratio("HT03", "PCS_INTERNET", "PCS", 100, DisplayKind.PERCENTAGE);
        count("HT04", "UNITS_WITH_LAN");
        sum("HT05", "SERVERS");
        ratio("HT06", "BANDWIDTH_MBPS", "STAFF", 1000, DisplayKind.RATIO);
        count("HT07", "UNITS_ON_GOV_NETWORK");
        ratio("HT08", "PCS_ANTIVIRUS", "PCS", 100, DisplayKind.PERCENTAGE);
        count("HT09", "UNITS_WITH_SECURITY");
        ratio("NL01", "IT_STAFF", "STAFF", 100, DisplayKind.PERCENTAGE);
        ratio("UD01", "MAILBOXES", "STAFF", 100, DisplayKind.PERCENTAGE);
        count("UD02", "UNITS_USING_EMAIL");
        ratio("UD03", "DOCUMENTS_ELECTRONIC", "DOCUMENTS", 100, DisplayKind.PERCENTAGE);
        count("UD04", "UNITS_WITH_EOFFICE");
        count("UD05", "UNITS_INTERCONNECTED");
        sum("DV02", "SERVICES_LEVEL1");
        sum("DV03", "SERVICES_LEVEL2");
        sum("DV04", "SERVICES_LEVEL3");
        sum("DV05", "SERVICES_LEVEL4");
    }

    private BuiltInFormulas() {}

    /** The figure of every built-in formula over the measures. */
    public static Map<String, Figure> figures(Measures measures, Coverage coverage) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        FORMULAS.forEach((code, formula) -> {
            BigDecimal num =
                    measures.get(ReportMeasure.valueOf(formula.numerator().measure()));
            BigDecimal den =
                    switch (formula.aggregation()) {
                        case COUNT_UNITS -> measures.reports();
                        case RATIO ->
                            measures.get(
                                    ReportMeasure.valueOf(formula.denominator().measure()));
                        default -> null;
                    };
            figures.put(code, Figure.of(code, formula, new Term(num, den), coverage));
        });
        return figures;
    }

    private static void ratio(String code, String num, String den, int scale, DisplayKind kind) {
        FORMULAS.put(
                code,
                new Formula(
                        Aggregation.RATIO,
                        new Formula.MeasureRef(num, null),
                        new Formula.MeasureRef(den, null),
                        null,
                        null,
                        BigDecimal.valueOf(scale),
                        kind,
                        1));
    }

    private static void count(String code, String measure) {
        FORMULAS.put(
                code,
                new Formula(
                        Aggregation.COUNT_UNITS,
                        new Formula.MeasureRef(measure, null),
                        null,
                        ConditionOp.EQ,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        DisplayKind.UNITS,
                        0));
    }

    private static void sum(String code, String measure) {
        FORMULAS.put(
                code,
                new Formula(
                        Aggregation.SUM,
                        new Formula.MeasureRef(measure, null),
                        null,
                        null,
                        null,
                        BigDecimal.ONE,
                        DisplayKind.NUMBER,
                        0));
    }
}
