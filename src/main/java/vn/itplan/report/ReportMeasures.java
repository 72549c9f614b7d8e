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
 * The SQL piece through which other features read the measures of reports (the roll-up): the joins of a report's
 * section tables and one expression per {@link ReportMeasure}. The report tables stay the report feature's; a
 * query names the report {@code r} and appends {@link #SECTIONS} after it.
 */
public final class ReportMeasures {

    /** Joins the report {@code r}'s sections; every measure's expression reads from them. */
    public static final String SECTIONS = """
             left join infrastructure_inventory i on i.report_id = r.id
             left join email_adoption m on m.report_id = r.id
             left join eoffice_adoption e on e.report_id = r.id
             left join public_services p on p.report_id = r.id
            """;

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
