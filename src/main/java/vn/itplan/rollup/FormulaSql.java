package vn.itplan.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** {@code sum(<numerator>) as f<k>_n, sum(<denominator>) as f<k>_d, ...} over the rows (approved reports). */
    String sums() {
        return select(indicator -> true, "sum(", ")");
    }

    /**
     * One report's numerator and denominator of the indicators {@code codes}, null unless the report is approved,
     * and a typed null in the columns of the other indicators: the same columns as {@link #sums()}, so that a query
     * can list units and sums in one result.
     */
    String approvedValues(Set<String> codes) {
        return select(
                indicator -> codes.contains(indicator.code()),
                "case when " + ReportMeasures.APPROVED + " then ",
                " end");
    }

    /** Reads the columns of {@link #sums()} or {@link #approvedValues}. */
    Map<String, Term> read(ResultSet rs) throws SQLException {
        return read(rs, Collections.nCopies(indicators.size(), true));
    }

    /** Reads the columns of the indicators {@code codes} only (the others are null in those rows). */
    Map<String, Term> read(ResultSet rs, Set<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return read(rs, indicators.stream().map(i -> codes.contains(i.code())).toList());
    }

    private Map<String, Term> read(ResultSet rs, List<Boolean> chosen) throws SQLException {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            if (chosen.get(k)) {
                terms.put(
                        indicators.get(k).code(),
                        new Term(rs.getBigDecimal("f" + k + "_n"), rs.getBigDecimal("f" + k + "_d")));
            }
        }
        return terms;
    }

    private interface Choice {
        boolean test(DefinedIndicator indicator);
    }

    private String select(Choice chosen, String before, String after) {
        if (indicators.isEmpty()) {
            return "0 as no_indicators";
        }
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            DefinedIndicator indicator = indicators.get(k);
            boolean computed = chosen.test(indicator);
            columns.add((computed ? before + versioned(indicator, true) + after : NULL) + " as f" + k + "_n");
            columns.add((computed ? before + versioned(indicator, false) + after : NULL) + " as f" + k + "_d");
        }
        return String.join(", ", columns);
    }

    /** A typed null that both databases accept where a sum stands in another branch of a union. */
    static final String NULL = "cast(null as numeric(20, 4))";

    /** The version valid in the period's year: the latest one from that year or before; none before the first. */
    private static String versioned(DefinedIndicator indicator, boolean numerator) {
        StringBuilder sql = new StringBuilder("case");
        List<DefinedIndicator.Version> versions = new ArrayList<>(indicator.versions());
        Collections.reverse(versions);
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
