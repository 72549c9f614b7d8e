package vn.itplan.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.itplan.indicator.DefinedIndicator;
import vn.itplan.indicator.Formula;
import vn.itplan.report.ReportMeasure;
import vn.itplan.report.ReportMeasures;

/**
 * The stored indicator formulas as SQL: for each indicator a unit numerator and a unit denominator over the report
 * {@code r} (its measures from {@link ReportMeasures}), chosen by the period {@code pd}'s year among the formula's
 * versions, then summed over units. Columns are numbered ({@code f0_n}, {@code f0_d}, ...), so one statement
 * computes every indicator whatever their number. Values written into the SQL are numbers from the definitions
 * (field ids, condition values), never text.
 */
final class FormulaSql {

    private static final String YEAR = "pd.period_year";

    private final List<DefinedIndicator> indicators;

    FormulaSql(List<DefinedIndicator> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    List<DefinedIndicator> indicators() {
        return indicators;
    }

    /** {@code sum(<numerator>) as f<k>_n, sum(<denominator>) as f<k>_d, ...} over approved reports. */
    String sums() {
        return select((k, expr) -> "sum(" + expr + ")", "");
    }

    /** One report's numerator and denominator per indicator, null unless the report is approved. */
    String approvedValues() {
        return select((k, expr) -> approved(expr), "");
    }

    /**
     * The sums of the columns of {@link #approvedValues()} over the rows of the same group ({@code g<k>_n},
     * {@code g<k>_d}), for an outer query over a query that selected them: each formula is computed once per row.
     */
    String columnSumsOver(String partition) {
        if (indicators.isEmpty()) {
            return "0 as no_group_indicators";
        }
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            for (String part : List.of("_n", "_d")) {
                columns.add("sum(f" + k + part + ") over (partition by " + partition + ") as g" + k + part);
            }
        }
        return String.join(", ", columns);
    }

    /** Reads {@link #sums()} or {@link #approvedValues()} ({@code prefix ""}) or {@link #columnSumsOver} ({@code "g"}). */
    Map<String, Term> read(ResultSet rs, String prefix) throws SQLException {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            String p = prefix.isEmpty() ? "f" + k : prefix + k;
            terms.put(indicators.get(k).code(), new Term(rs.getBigDecimal(p + "_n"), rs.getBigDecimal(p + "_d")));
        }
        return terms;
    }

    private interface Wrap {
        String apply(int k, String expression);
    }

    private String select(Wrap wrap, String prefix) {
        if (indicators.isEmpty()) {
            return "0 as no_indicators";
        }
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            String p = prefix.isEmpty() ? "f" + k : prefix + k;
            DefinedIndicator indicator = indicators.get(k);
            columns.add(wrap.apply(k, versioned(indicator, true)) + " as " + p + "_n");
            columns.add(wrap.apply(k, versioned(indicator, false)) + " as " + p + "_d");
        }
        return String.join(", ", columns);
    }

    private static String approved(String expression) {
        return "case when " + ReportMeasures.APPROVED + " then " + expression + " end";
    }

    /** The version valid in the period's year: the latest one from that year or before; none before the first. */
    private static String versioned(DefinedIndicator indicator, boolean numerator) {
        StringBuilder sql = new StringBuilder("case");
        List<DefinedIndicator.Version> versions = new ArrayList<>(indicator.versions());
        java.util.Collections.reverse(versions);
        for (DefinedIndicator.Version version : versions) {
            Formula formula = version.formula();
            sql.append(" when ")
                    .append(YEAR)
                    .append(" >= ")
                    .append(version.validFromYear())
                    .append(" then ")
                    .append(numerator ? unitNumerator(formula) : unitDenominator(formula));
        }
        return sql.append(" end").toString();
    }

    /** A unit's numerator: its measure, or for a count of units 1 when it meets the condition, else 0. */
    static String unitNumerator(Formula formula) {
        String measure = measure(formula.numerator());
        return switch (formula.aggregation()) {
            case COUNT_UNITS ->
                "case when (" + measure + ") is null then null when (" + measure + ") "
                        + formula.conditionOp().sql() + " "
                        + formula.conditionValue().toPlainString()
                        + " then 1 else 0 end";
            case SUM, RATIO, AVERAGE -> "(" + measure + ")";
        };
    }

    /** A unit's denominator: its measure for a ratio, 1 per approved report for a count, 1 per value for a mean. */
    static String unitDenominator(Formula formula) {
        return switch (formula.aggregation()) {
            // a typed null that H2 cannot fold into an untyped constant (it refuses to sum those)
            case SUM -> "cast(nullif(" + YEAR + ", " + YEAR + ") as numeric(20, 4))";
            case RATIO -> "(" + measure(formula.denominator()) + ")";
            case COUNT_UNITS -> "1";
            case AVERAGE -> "case when (" + measure(formula.numerator()) + ") is not null then 1 end";
        };
    }

    private static String measure(Formula.MeasureRef ref) {
        return ref.measure() != null
                ? ReportMeasure.valueOf(ref.measure()).sql()
                : ReportMeasures.extraField(ref.fieldId());
    }
}
