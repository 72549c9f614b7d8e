package vn.itplan.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.unit.ExpectedUnits;
import vn.itplan.unit.UnitKind;

/**
 * The roll-up SQL. Each measure is one SQL expression over a unit's approved report; the same expressions are
 * summed with GROUP BY for the figures and listed per unit for the drill-down, so the two always agree.
 * Two statements per roll-up, whatever the number of units.
 */
@Repository
class RollupRepository {

    private static final String DISTRICT_KINDS = kinds(UnitKind.Group.DISTRICT);
    private static final String PROVINCIAL_KINDS = kinds(UnitKind.Group.PROVINCIAL);
    private static final String ALL_DOCUMENT_COUNTS = "e.incoming_docs is not null and e.outgoing_docs is not null"
            + " and e.incoming_docs_electronic is not null and e.outgoing_docs_electronic is not null";

    /** In the order of the {@link Measures} components after {@code reports}. */
    private static final List<String> MEASURE_SQL = List.of(
            "i.staff_count",
            "i.pcs",
            "i.pcs_internet",
            "i.pcs_antivirus",
            "case when i.pcs is not null and i.staff_count is not null then least(i.pcs, i.staff_count) end",
            "i.servers",
            "i.bandwidth_mbps",
            "i.it_staff",
            yesCount("i.has_lan"),
            yesCount("i.on_gov_network"),
            "case when i.report_id is null then null"
                    + " when i.has_firewall or i.has_ids or i.has_backup then 1 else 0 end",
            "m.mailboxes",
            "m.staff_using_email",
            yesCount("m.uses_email_regularly"),
            yesCount("e.deployed"),
            yesCount("e.interconnected"),
            "case when " + ALL_DOCUMENT_COUNTS + " then e.incoming_docs + e.outgoing_docs end",
            "case when " + ALL_DOCUMENT_COUNTS + " then e.incoming_docs_electronic + e.outgoing_docs_electronic end",
            "p.level1",
            "p.level2",
            "p.level3",
            "p.level4");

    private static final String SECTIONS = """
             left join infrastructure_inventory i on i.report_id = r.id
             left join email_adoption m on m.report_id = r.id
             left join eoffice_adoption e on e.report_id = r.id
             left join public_services p on p.report_id = r.id
            """;

    private static final String GROUP_EXPRESSION =
            "case when u.kind in (" + DISTRICT_KINDS + ") then 'DISTRICT' else 'PROVINCIAL' end";

    private final NamedParameterJdbcTemplate jdbc;

    RollupRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums over the approved reports in scope, by group (provincial bodies, districts). */
    Map<UnitKind.Group, Measures> sumsByGroup(long periodId, RollupScope scope) {
        String sql = "select " + GROUP_EXPRESSION + " as grp, count(*) as reports, "
                + MEASURE_SQL.stream().map(e -> "sum(" + e + ")").collect(Collectors.joining(", "))
                + " from status_report r join unit u on u.id = r.unit_id" + SECTIONS
                + " join reporting_period pd on pd.id = r.period_id"
                + " where r.period_id = :period and r.state = 'APPROVED' and " + expectedUnits(scope)
                + " group by " + GROUP_EXPRESSION;
        Map<UnitKind.Group, Measures> sums = new EnumMap<>(UnitKind.Group.class);
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            sums.put(UnitKind.Group.valueOf(rs.getString("grp")), measures(rs, 2));
        });
        return sums;
    }

    /**
     * Every expected unit in scope with its report state, when it was first submitted, its due date (the period's, or the
     * unit's extension), and its measures when the report is approved.
     */
    List<UnitRow> unitRows(long periodId, RollupScope scope) {
        String sql = "select u.id as unit_id, u.code, u.name, u.kind, r.id as report_id, r.state, r.first_submitted_on,"
                + " coalesce(x.extended_to, pd.due_date) as due_date,"
                + " case when r.state = 'APPROVED' then 1 else 0 end as reports, "
                + MEASURE_SQL.stream().map(e -> "case when r.state = 'APPROVED' then " + e + " end")
                        .collect(Collectors.joining(", "))
                + " from unit u"
                + " join reporting_period pd on pd.id = :period"
                + " left join status_report r on r.unit_id = u.id and r.period_id = pd.id"
                + " left join deadline_extension x on x.unit_id = u.id and x.period_id = pd.id" + SECTIONS
                + " where " + expectedUnits(scope)
                + " order by u.sort_order, u.name";
        List<UnitRow> rows = new ArrayList<>();
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            rows.add(new UnitRow(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                    UnitKind.valueOf(rs.getString("kind")), rs.getObject("report_id", Long.class),
                    rs.getString("state"), rs.getObject("first_submitted_on", java.time.LocalDate.class),
                    rs.getObject("due_date", java.time.LocalDate.class), measures(rs, 9)));
        });
        return rows;
    }

    /** Sums over the approved reports of every period of one kind (the trend over the years), by period id. */
    Map<Long, Measures> sumsByPeriod(String periodKind, RollupScope scope) {
        String sql = "select pd.id as period_id, count(*) as reports, "
                + MEASURE_SQL.stream().map(e -> "sum(" + e + ")").collect(Collectors.joining(", "))
                + " from status_report r join unit u on u.id = r.unit_id" + SECTIONS
                + " join reporting_period pd on pd.id = r.period_id"
                + " where pd.kind = :kind and r.state = 'APPROVED' and " + expectedUnits(scope)
                + " group by pd.id";
        Map<Long, Measures> sums = new java.util.HashMap<>();
        jdbc.query(sql, parameters(0, scope).addValue("kind", periodKind), rs -> {
            sums.put(rs.getLong("period_id"), measures(rs, 2));
        });
        return sums;
    }

    /** How many reports exist in each period (any state): to find the latest period with activity. */
    Map<Long, Integer> reportCountsByPeriod() {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.query("select period_id, count(*) as reports from status_report group by period_id",
                rs -> {
                    counts.put(rs.getLong("period_id"), rs.getInt("reports"));
                });
        return counts;
    }

    /** One unit's reports in every period (state, and measures when approved), newest period first. */
    List<UnitPeriodRow> unitHistory(long unitId) {
        String sql = "select pd.id as period_id, r.id as report_id, r.state, "
                + "case when r.state = 'APPROVED' then 1 else 0 end as reports, "
                + MEASURE_SQL.stream().map(e -> "case when r.state = 'APPROVED' then " + e + " end")
                        .collect(Collectors.joining(", "))
                + " from status_report r join reporting_period pd on pd.id = r.period_id" + SECTIONS
                + " where r.unit_id = :unit order by pd.end_date desc, pd.kind";
        List<UnitPeriodRow> rows = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource("unit", unitId), rs -> {
            rows.add(new UnitPeriodRow(rs.getLong("period_id"), rs.getLong("report_id"), rs.getString("state"),
                    measures(rs, 4)));
        });
        return rows;
    }

    /**
     * Units expected to report in the period: reporting, active, valid at some time during the period, in the
     * scope's group and subtree. Needs the period joined as {@code pd}.
     */
    private static String expectedUnits(RollupScope scope) {
        StringBuilder where = new StringBuilder(ExpectedUnits.CONDITION);
        if (scope.group() == UnitKind.Group.DISTRICT) {
            where.append(" and u.kind in (").append(DISTRICT_KINDS).append(")");
        } else if (scope.group() == UnitKind.Group.PROVINCIAL) {
            where.append(" and u.kind in (").append(PROVINCIAL_KINDS).append(")");
        }
        if (scope.subtreeRootId() != null) {
            where.append(ExpectedUnits.IN_SUBTREE);
        }
        return where.toString();
    }

    private static MapSqlParameterSource parameters(long periodId, RollupScope scope) {
        return new MapSqlParameterSource("period", periodId).addValue("root", scope.subtreeRootId());
    }

    /** Reads {@code reports} and the measures from consecutive columns starting at {@code first}. */
    private static Measures measures(ResultSet rs, int first) throws SQLException {
        BigDecimal[] v = new BigDecimal[MEASURE_SQL.size() + 1];
        for (int k = 0; k < v.length; k++) {
            v[k] = rs.getBigDecimal(first + k);
        }
        return new Measures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]);
    }

    private static String yesCount(String column) {
        return "case when " + column + " then 1 when " + column + " is not null then 0 end";
    }

    private static String kinds(UnitKind.Group group) {
        return java.util.Arrays.stream(UnitKind.values()).filter(k -> k.group() == group)
                .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }
}
