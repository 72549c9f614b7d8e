package vn.itplan.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditRecordNames;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;

/**
 * Status reports named in the audit trail by their unit and period ("Sở Nội vụ · Quý 1/2015"): three queries
 * for a page (the reports, their units, the periods), whatever the number of rows.
 */
@RequiredArgsConstructor
@Component
class ReportRecordNames implements AuditRecordNames {

    private final StatusReportRepository reports;
    private final UnitService units;
    private final PeriodService periods;
    private final MessageSource messages;

    @Override
    public String entityType() {
        return ReportAccess.ENTITY;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, Locale locale) {
        List<StatusReport> found = reports.findAllById(ids);
        Map<Long, Unit> unitsById = units.byIds(
                found.stream().map(StatusReport::getUnitId).distinct().toList());
        Map<Long, ReportingPeriod> periodsById = new HashMap<>();
        periods.findAll().forEach(p -> periodsById.put(p.getId(), p));
        Map<Long, String> names = new LinkedHashMap<>();
        for (StatusReport report : found) {
            Unit unit = unitsById.get(report.getUnitId());
            ReportingPeriod period = periodsById.get(report.getPeriodId());
            String periodName = period == null
                    ? ""
                    : " · " + messages.getMessage(period.labelKey(), period.labelArgs(), period.labelKey(), locale);
            names.put(report.getId(), (unit == null ? "" : unit.getName()) + periodName);
        }
        return names;
    }
}
