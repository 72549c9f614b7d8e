package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.itplan.indicator.Aggregation;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupService;
import vn.itplan.rollup.UnitRow;

/**
 * The composite IT-application score of each unit, 0–1: for every weighted indicator the unit's value is
 * normalised (a yes/no count is 0 or 1; a percentage is divided by 100; any other ratio or sum is divided by the
 * best unit's value), capped at 1, weighted, and the weighted sum divided by the sum of the weights. Computed in
 * memory from the roll-up's per-unit rows ({@link #unitDetail()}): no extra SQL.
 */
@Component
class RankingCalculator {

    private static final int SCALE = 4;

    private final Map<String, BigDecimal> weights;

    RankingCalculator(RankingProperties properties) {
        this.weights = new LinkedHashMap<>();
        properties.weights().forEach((code, weight) -> {
            if (weight.signum() <= 0) {
                throw new IllegalStateException("itplan.ranking.weights." + code + ": not positive");
            }
            weights.put(code, weight);
        });
    }

    Map<String, BigDecimal> weights() {
        return weights;
    }

    /** What the roll-ups given to {@link #rank} must carry: each unit's own figures of the weighted indicators. */
    RollupService.UnitDetail unitDetail() {
        return RollupService.UnitDetail.figuresOf(weights.keySet());
    }

    Ranking rank(Rollup current, Rollup previous) {
        Map<Long, Integer> previousRanks = new HashMap<>();
        if (previous != null) {
            for (Ranking.Entry entry : scoreAndSort(previous).entries()) {
                previousRanks.put(entry.unitId(), entry.rank());
            }
        }
        Ranking ranking = scoreAndSort(current);
        List<Ranking.Entry> withPrevious = ranking.entries().stream()
                .map(e -> new Ranking.Entry(
                        e.rank(),
                        e.unitId(),
                        e.code(),
                        e.name(),
                        e.kind(),
                        e.score(),
                        e.components(),
                        previousRanks.get(e.unitId())))
                .toList();
        return new Ranking(withPrevious, ranking.unranked(), weights);
    }

    private Ranking scoreAndSort(Rollup rollup) {
        List<UnitRow> approved =
                rollup.units().stream().filter(UnitRow::approved).toList();
        Map<String, BigDecimal> best = bestValues(approved);
        BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Ranking.Entry> scored = new ArrayList<>();
        for (UnitRow unit : approved) {
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            BigDecimal weighted = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
                Figure figure = unit.figures().get(weight.getKey());
                BigDecimal normalised = normalise(figure, best.get(weight.getKey()));
                components.put(weight.getKey(), normalised);
                weighted = weighted.add(normalised.multiply(weight.getValue()));
            }
            BigDecimal score = totalWeight.signum() == 0
                    ? BigDecimal.ZERO
                    : weighted.divide(totalWeight, SCALE, RoundingMode.HALF_UP);
            scored.add(new Ranking.Entry(
                    0, unit.unitId(), unit.code(), unit.name(), unit.kind(), score, components, null));
        }
        scored.sort(Comparator.comparing(Ranking.Entry::score).reversed().thenComparing(Ranking.Entry::name));

        List<Ranking.Entry> ranked = new ArrayList<>();
        for (int k = 0; k < scored.size(); k++) {
            Ranking.Entry e = scored.get(k);
            // equal scores share a rank (1, 2, 2, 4)
            int rank = k > 0 && e.score().compareTo(scored.get(k - 1).score()) == 0
                    ? ranked.get(k - 1).rank()
                    : k + 1;
            ranked.add(
                    new Ranking.Entry(rank, e.unitId(), e.code(), e.name(), e.kind(), e.score(), e.components(), null));
        }
        List<Ranking.Unranked> unranked = rollup.units().stream()
                .filter(u -> !u.approved())
                .map(u -> new Ranking.Unranked(u.unitId(), u.code(), u.name(), u.reportState()))
                .toList();
        return new Ranking(ranked, unranked, weights);
    }

    private Map<String, BigDecimal> bestValues(List<UnitRow> units) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (String code : weights.keySet()) {
            units.stream()
                    .map(u -> u.figures().get(code))
                    .filter(f -> f != null)
                    .map(Figure::value)
                    .filter(v -> v != null)
                    .max(Comparator.naturalOrder())
                    .ifPresent(max -> best.put(code, max));
        }
        return best;
    }

    /** A unit's own figure, 0–1; an indicator without a formula in the year counts 0. */
    private static BigDecimal normalise(Figure figure, BigDecimal best) {
        BigDecimal value = figure == null ? null : figure.value();
        if (value == null || value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal normalised;
        if (figure.aggregation() == Aggregation.COUNT_UNITS) {
            normalised = value;
        } else if (figure.percentage()) {
            normalised = value.divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
        } else {
            normalised = best == null || best.signum() == 0
                    ? BigDecimal.ZERO
                    : value.divide(best, SCALE, RoundingMode.HALF_UP);
        }
        return normalised.min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
