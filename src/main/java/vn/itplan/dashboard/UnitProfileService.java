package vn.itplan.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;

/**
 * {@code /units/{id}/profile}. Leaders and staff see any unit; a unit administrator sees only their own (any
 * other id answers 404). A bounded number of statements: the unit, its history, the periods and two roll-ups for
 * the rank.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class UnitProfileService {

    private final UnitService units;
    private final PeriodService periods;
    private final RollupService rollups;
    private final RankingCalculator ranking;
    private final JsonMapper json;

    public UnitProfile profile(Long unitId, CurrentUser user) {
        Unit unit = units.getVisible(unitId, user);
        Unit parent = unit.getParentId() == null ? null : units.get(unit.getParentId());
        Map<Long, ReportingPeriod> allPeriods =
                periods.findAll().stream().collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        List<UnitProfile.Entry> history = rollups.unitHistory(unitId).stream()
                .map(h -> new UnitProfile.Entry(allPeriods.get(h.row().periodId()), h))
                .toList();

        ReportingPeriod rankPeriod = history.stream()
                .filter(e -> e.period().getKind() == PeriodKind.ANNUAL
                        && e.report().row().approved())
                .map(UnitProfile.Entry::period)
                .max(Comparator.comparingInt(ReportingPeriod::getYear))
                .orElse(null);
        Ranking.Entry rank = null;
        Integer ranked = null;
        if (rankPeriod != null) {
            Rollup current = rollups.rollup(rankPeriod.getId(), RollupScope.ALL, ranking.unitDetail());
            Rollup previous = allPeriods.values().stream()
                    .filter(p -> p.getKind() == PeriodKind.ANNUAL && p.getYear() == rankPeriod.getYear() - 1)
                    .findFirst()
                    .map(p -> rollups.rollup(p.getId(), RollupScope.ALL, ranking.unitDetail()))
                    .orElse(null);
            Ranking all = ranking.rank(current, previous);
            rank = all.of(unitId).orElse(null);
            ranked = all.entries().size();
        }
        return new UnitProfile(
                unit, parent, history, rank, ranked, rankPeriod, KeyIndicators.UNIT_PROFILE, charts(history));
    }

    /**
     * Annual values of the charted indicators, oldest year first, with the codes to draw ({@code codes}) and those
     * on the percentage axis ({@code percentCodes}).
     */
    private String charts(List<UnitProfile.Entry> history) {
        List<UnitProfile.Entry> annual = history.stream()
                .filter(e -> e.period().getKind() == PeriodKind.ANNUAL
                        && e.report().row().approved())
                .sorted(Comparator.comparingInt(e -> e.period().getYear()))
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("codes", KeyIndicators.UNIT_PROFILE);
        chart.put(
                "percentCodes",
                KeyIndicators.UNIT_PROFILE.stream()
                        .filter(code -> annual.stream()
                                .map(e -> e.report().figures().get(code))
                                .anyMatch(f -> f != null && f.percentage()))
                        .toList());
        chart.put("years", annual.stream().map(e -> e.period().getYear()).toList());
        for (String code : KeyIndicators.UNIT_PROFILE) {
            chart.put(
                    code,
                    annual.stream()
                            .map(e -> {
                                Figure f = e.report().figures().get(code);
                                return f == null ? null : f.value();
                            })
                            .toList());
        }
        return json.writeValueAsString(chart);
    }
}
