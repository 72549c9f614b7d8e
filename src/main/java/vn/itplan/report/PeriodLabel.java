package vn.itplan.report;

import vn.itplan.period.ReportingPeriod;

/** A period's name for templates: {@code #{${p.key}(${p.year}, ${p.seq})}} gives "Quý 1/2015". */
public record PeriodLabel(Long periodId, String key, String year, int seq) {

    static PeriodLabel of(ReportingPeriod period) {
        return period == null
                ? null
                : new PeriodLabel(period.getId(), period.labelKey(), String.valueOf(period.getYear()), period.getSeq());
    }
}
