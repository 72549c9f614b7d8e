package vn.itplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.Board;
import vn.itplan.report.BoardRow;
import vn.itplan.report.PeriodCode;
import vn.itplan.report.ReportBoardService;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.NotFoundException;

/**
 * {@code /api/v1/periods/{id}/qcvn125/...}: the approved figures of a period as the data packages of the national
 * reporting information system (QCVN 125:2021/BTTTT, src/docs and ../shared/regulations.md §3): indicator catalogue,
 * period catalogue, report data and report status, each a JSON document (UTF-8) that the province's integration
 * platform (LGSP) forwards; {@code ?download=true} names it as a file. Figures come from the approved reports only
 * ({@code rollup.RollupService}), the status from the completeness board ({@code report.ReportBoardService}).
 */
@RequiredArgsConstructor
@RestController
@RequestMapping("/api/v1/periods/{id}/qcvn125")
class ApiQcvnController {

    static final String STANDARD = "QCVN 125:2021/BTTTT";
    static final List<String> PACKAGES =
            List.of("indicator-catalogue", "period-catalogue", "report-data", "report-status");

    private final PeriodService periods;
    private final IndicatorService indicators;
    private final RollupService rollups;
    private final ReportBoardService boards;
    private final UnitService units;
    private final java.time.Clock clock;

    /** The four packages of the period in one document. */
    @GetMapping
    ResponseEntity<Map<String, Object>> all(
            @PathVariable Long id, @RequestParam(defaultValue = "false") boolean download) {
        ReportingPeriod period = periods.get(id);
        Map<String, Object> all = new LinkedHashMap<>();
        for (String name : PACKAGES) {
            all.put(name, build(name, period));
        }
        return respond(all, "qcvn125-" + PeriodCode.of(period) + ".json", download);
    }

    @GetMapping("/{name}")
    ResponseEntity<Map<String, Object>> one(
            @PathVariable Long id, @PathVariable String name, @RequestParam(defaultValue = "false") boolean download) {
        if (!PACKAGES.contains(name)) {
            throw new NotFoundException("QCVN 125 package", name);
        }
        ReportingPeriod period = periods.get(id);
        return respond(build(name, period), "qcvn125-" + name + "-" + PeriodCode.of(period) + ".json", download);
    }

    private Map<String, Object> build(String name, ReportingPeriod period) {
        return switch (name) {
            case "indicator-catalogue" -> indicatorCatalogue(period);
            case "period-catalogue" -> periodCatalogue(period);
            case "report-data" -> reportData(period);
            default -> reportStatus(period);
        };
    }

    private Map<String, Object> envelope(String type, ReportingPeriod period) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("standard", STANDARD);
        doc.put("package", type);
        Unit province =
                units.findAll().stream().filter(Unit::isRoot).findFirst().orElse(null);
        Map<String, Object> sender = new LinkedHashMap<>();
        sender.put("unitCode", province == null ? null : province.getCode());
        sender.put("unitName", province == null ? null : province.getName());
        sender.put("administrativeCode", province == null ? null : province.getGsoCode());
        doc.put("sender", sender);
        doc.put("periodCode", PeriodCode.of(period));
        return doc;
    }

    private Map<String, Object> indicatorCatalogue(ReportingPeriod period) {
        Map<String, Object> doc = envelope("INDICATOR_CATALOGUE", period);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Indicator i : indicators.findAll()) {
            if (!i.validIn(period.getYear())) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", i.getCode());
            item.put("name", i.getNameVi());
            item.put("nameEn", i.getNameEn());
            item.put("unitOfMeasure", i.getUnitOfMeasure());
            item.put("definition", i.getDefinition());
            item.put(
                    "aggregation",
                    i.getAggregation() == null ? null : i.getAggregation().name());
            item.put("validFromYear", i.getValidFromYear());
            item.put("validToYear", i.getValidToYear());
            items.add(item);
        }
        doc.put("indicators", items);
        return doc;
    }

    private Map<String, Object> periodCatalogue(ReportingPeriod period) {
        Map<String, Object> doc = envelope("PERIOD_CATALOGUE", period);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReportingPeriod p : periods.findAll()) {
            if (p.getYear() != period.getYear()) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", PeriodCode.of(p));
            item.put("kind", p.getKind().name());
            item.put("year", p.getYear());
            item.put("seq", p.getSeq());
            item.put("startDate", date(p.getStartDate()));
            item.put("endDate", date(p.getEndDate()));
            item.put("dueDate", date(p.getDueDate()));
            item.put("open", p.isOpen());
            items.add(item);
        }
        doc.put("periods", items);
        return doc;
    }

    private Map<String, Object> reportData(ReportingPeriod period) {
        Map<String, Object> doc = envelope("REPORT_DATA", period);
        Rollup rollup = rollups.rollup(period.getId(), RollupScope.ALL);
        doc.put("unitsExpected", rollup.coverage().expected());
        doc.put("unitsApproved", rollup.coverage().approved());
        List<Map<String, Object>> values = new ArrayList<>();
        for (Indicator i : indicators.findAll()) {
            Figure f = rollup.figures().get(i.getCode());
            if (f == null) {
                continue;
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("indicatorCode", i.getCode());
            value.put("value", f.value());
            value.put("numerator", f.numerator());
            value.put("denominator", f.denominator());
            value.put("unitOfMeasure", i.getUnitOfMeasure());
            value.put(
                    "unitsApproved", f.coverage() == null ? null : f.coverage().approved());
            value.put(
                    "unitsExpected", f.coverage() == null ? null : f.coverage().expected());
            values.add(value);
        }
        doc.put("data", values);
        return doc;
    }

    private Map<String, Object> reportStatus(ReportingPeriod period) {
        Map<String, Object> doc = envelope("REPORT_STATUS", period);
        Board board = boards.board(period.getId(), null);
        doc.put("dueDate", date(board.dueDate()));
        doc.put("periodOpen", board.periodOpen());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BoardRow row : board.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("unitCode", row.unitCode());
            item.put("unitName", row.unitName());
            item.put("state", row.state() == null ? "NOT_STARTED" : row.state().name());
            item.put("firstSubmittedOn", date(row.firstSubmittedOn()));
            item.put("dueDate", date(row.extendedTo() != null ? row.extendedTo() : row.dueDate()));
            item.put(
                    "timeliness",
                    row.timeliness() == null ? null : row.timeliness().name());
            rows.add(item);
        }
        doc.put("units", rows);
        return doc;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private ResponseEntity<Map<String, Object>> respond(Map<String, Object> body, String filename, boolean download) {
        body.putIfAbsent("generatedAt", Instant.now(clock).toString());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (download) {
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString());
        }
        return response.body(body);
    }
}
