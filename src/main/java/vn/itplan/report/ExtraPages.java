package vn.itplan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.NotFoundException;

/**
 * The extra report fields on the report's pages, beside the built-in fields of each section: on the form (the
 * fields of the period's year with the previous approved report's values as hints) and on the view (each value
 * beside the previous approved report's). Access is the report's own ({@link ReportAccess#readable}).
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
class ExtraPages {

    private final ReportAccess access;
    private final ExtraValues extras;
    private final DisplayFormat fmt;
    private final StatusReportRepository reports;
    private final PeriodService periods;

    /** One extra field's value beside the previous approved report's; {@code changed} when they differ. */
    public record ExtraRow(ExtraField field, ReportViews.Cell current, ReportViews.Cell previous, boolean changed) {}

    /** The form's extra fields by section, and the previous approved values by code (as shown). */
    public record ExtraEdit(
            Map<ReportField.Section, List<ExtraField>> fields, Map<String, ReportViews.Cell> previous) {}

    /** For the edit form of a report the user was already given (its page checked the access). */
    ExtraEdit edit(Long reportId) {
        StatusReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        ReportingPeriod period = periods.get(report.getPeriodId());
        Map<String, ReportViews.Cell> previous = new LinkedHashMap<>();
        access.previousApproved(report.getUnitId(), period)
                .ifPresent(p -> extras.read(p.report().getId()).forEach((code, v) -> previous.put(code, cell(v))));
        return new ExtraEdit(bySection(extras.fieldsIn(period.getYear())), previous);
    }

    Map<ReportField.Section, List<ExtraRow>> rows(Long reportId, CurrentUser user) {
        StatusReport report = access.readable(reportId, user);
        ReportingPeriod period = access.context(report, user).period();
        Map<String, Object> current = extras.read(report.getId());
        Optional<ReportAccess.Previous> previous = access.previousApproved(report.getUnitId(), period);
        Map<String, Object> before =
                previous.map(p -> extras.read(p.report().getId())).orElse(Map.of());
        Map<ReportField.Section, List<ExtraRow>> rows = new EnumMap<>(ReportField.Section.class);
        bySection(extras.fieldsIn(period.getYear()))
                .forEach((section, fields) -> rows.put(
                        section,
                        fields.stream()
                                .map(f -> new ExtraRow(
                                        f,
                                        cell(current.get(f.getCode())),
                                        previous.isPresent() ? cell(before.get(f.getCode())) : null,
                                        previous.isPresent()
                                                && !Objects.equals(current.get(f.getCode()), before.get(f.getCode()))))
                                .toList()));
        return rows;
    }

    private static Map<ReportField.Section, List<ExtraField>> bySection(List<ExtraField> fields) {
        Map<ReportField.Section, List<ExtraField>> result = new EnumMap<>(ReportField.Section.class);
        for (ExtraField field : fields) {
            result.computeIfAbsent(field.getSection(), s -> new ArrayList<>()).add(field);
        }
        return result;
    }

    private ReportViews.Cell cell(Object value) {
        if (value == null) {
            return ReportViews.Cell.BLANK;
        }
        if (value instanceof Boolean yes) {
            return new ReportViews.Cell(null, yes ? "common.yes" : "common.no");
        }
        if (value instanceof BigDecimal number) {
            return new ReportViews.Cell(fmt.number(number), null);
        }
        return new ReportViews.Cell(value.toString(), null);
    }
}
