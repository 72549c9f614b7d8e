package vn.itplan.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL pieces through which other features read the measures of reports (the roll-up): the reports with their
 * sections ({@link #REPORTS}, {@link #REPORT_OF_UNIT}) and one expression per {@link ReportMeasure}. The report
 * tables are named only here and in the report feature; a query names the report {@code r}.
 */
public final class ReportMeasures {

    /** Joins the report {@code r}'s sections; every measure's expression reads from them. */
    public static final String SECTIONS = """
             left join infrastructure_inventory i on i.report_id = r.id
             left join email_adoption m on m.report_id = r.id
             left join eoffice_adoption e on e.report_id = r.id
             left join public_services p on p.report_id = r.id
            """;

    /** Reports {@code r} with their sections: {@code "... from " + REPORTS + " join unit u on u.id = r.unit_id"}. */
    public static final String REPORTS = "status_report r" + SECTIONS;

    /**
     * Joins the report {@code r} (with its sections) of each unit {@code u} in the period {@code pd}, if any: every
     * expected unit stays in the result, started or not.
     */
    public static final String REPORT_OF_UNIT =
            " left join status_report r on r.unit_id = u.id and r.period_id = pd.id" + SECTIONS;

    /** The report {@code r} is approved: only approved reports count in figures. */
    public static final String APPROVED = "r.state = 'APPROVED'";

    private ReportMeasures() {}

    /** {@code sum(<measure>) as m_<name>, ...} over approved reports (the query filters on {@link #APPROVED}). */
    public static String sums() {
        return select(sql -> "sum(" + sql + ")");
    }

    /** {@code <measure> as m_<name>, ...} for one report, null unless the report is approved. */
    public static String approvedValues() {
        return select(sql -> "case when " + APPROVED + " then " + sql + " end");
    }

    /**
     * The value of one extra report field ({@link ExtraField}) for the report {@code r}: a number, a yes/no as 1 or
     * 0, null when not answered.
     */
    public static String extraField(long fieldId) {
        return "(select coalesce(x.number_value, case when x.yes_no then 1 when not x.yes_no then 0 end)"
                + " from report_extra_value x where x.report_id = r.id and x.field_id = " + fieldId + ")";
    }

    /** Reads the columns written by {@link #sums()} or {@link #approvedValues()}. */
    public static Map<ReportMeasure, BigDecimal> read(ResultSet rs) throws SQLException {
        Map<ReportMeasure, BigDecimal> values = new EnumMap<>(ReportMeasure.class);
        for (ReportMeasure measure : ReportMeasure.values()) {
            values.put(measure, rs.getBigDecimal(measure.column()));
        }
        return values;
    }

    private static String select(Function<String, String> wrap) {
        return Arrays.stream(ReportMeasure.values())
                .map(m -> wrap.apply(m.sql()) + " as " + m.column())
                .collect(Collectors.joining(", "));
    }
}
