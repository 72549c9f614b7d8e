package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.itplan.unit.UnitKind;

/** Units ranked by their composite score for one period, with the rank they had in the previous year. */
public record Ranking(List<Entry> entries, List<Unranked> unranked, Map<String, BigDecimal> weights) {

    public Optional<Entry> of(Long unitId) {
        return entries.stream().filter(e -> e.unitId().equals(unitId)).findFirst();
    }

    /**
     * @param components each weighted indicator's normalised value, 0–1
     * @param previousRank null when the unit was not ranked the year before
     */
    public record Entry(
            int rank,
            Long unitId,
            String code,
            String name,
            UnitKind kind,
            BigDecimal score,
            Map<String, BigDecimal> components,
            Integer previousRank) {

        /** Places gained since the previous year (negative: lost); null when there is nothing to compare. */
        public Integer change() {
            return previousRank == null ? null : previousRank - rank;
        }
    }

    /** An expected unit without an approved report: not ranked, and the page says why. */
    public record Unranked(Long unitId, String code, String name, String reportState) {}
}
