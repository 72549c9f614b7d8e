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
     * What the dashboard shows of a long ranking: the first {@code ends} and the last {@code ends} units, and the
     * user's own unit with {@code around} units on either side; each line says whether units are left out before it.
     * A ranking of up to three times {@code ends} units is shown whole.
     */
    public List<Line> excerpt(Long ownUnitId, int ends, int around) {
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
        // a province's few dozen units are all shown: leaving out a handful would only hide them
        int each = entries.size() <= 3 * ends ? entries.size() : ends;
        for (int k = 0; k < Math.min(each, entries.size()); k++) {
            shown.add(k);
            shown.add(entries.size() - 1 - k);
        }
        if (ownUnitId != null) {
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).unitId().equals(ownUnitId)) {
                    for (int j = Math.max(0, k - around); j <= Math.min(entries.size() - 1, k + around); j++) {
                        shown.add(j);
                    }
                }
            }
        }
        List<Line> lines = new java.util.ArrayList<>();
        int previous = -1;
        for (int k : shown) {
            Entry entry = entries.get(k);
            lines.add(new Line(entry, k > previous + 1, entry.unitId().equals(ownUnitId)));
            previous = k;
        }
        return lines;
    }

    /** Whether the excerpt leaves units out. */
    public boolean longerThan(List<Line> excerpt) {
        return excerpt.size() < entries.size();
    }

    /** One page of the whole ranking (pages from 0; a page past the end is the last one). */
    public List<Entry> page(int page, int size) {
        int from = Math.min(Math.max(0, page), pages(size) - 1) * size;
        return entries.subList(Math.max(0, from), Math.min(entries.size(), from + size));
    }

    /** How many pages of {@code size} the ranking has (at least one). */
    public int pages(int size) {
        return Math.max(1, (entries.size() + size - 1) / size);
    }

    /**
     * A line of the excerpt.
     *
     * @param gapBefore units are left out between the previous line and this one
     * @param own the user's own unit
     */
    public record Line(Entry entry, boolean gapBefore, boolean own) {}

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
