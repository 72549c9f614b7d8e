package vn.itplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.TableDownload;

/**
 * {@code /reports/export.xlsx|csv?period=&show=&group=&q=&sort=}: the completeness board of a period as the page
 * shows it filtered and ordered (every matching unit, not one page), from {@link ReportBoardService} (the page's own
 * numbers): each row is read from the database and turned into its cells at once, no entity is held; staff and
 * leaders, as the board.
 */
@RequiredArgsConstructor
@Controller
class BoardExport {

    private final ReportBoardService boards;
    private final MessageSource messages;
    private final DisplayFormat fmt;

    @GetMapping("/reports/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            Locale locale) {
        List<String> header = TableDownload.header(
                messages,
                locale,
                "exchange.column.unitCode",
                "report.board.unit",
                "report.board.state",
                "report.board.updated",
                "report.board.firstSubmitted",
                "report.board.due",
                "exchange.column.extendedTo",
                "report.board.timeliness");
        List<List<String>> rows = new ArrayList<>();
        ReportingPeriod exported = boards.eachRow(
                period,
                BoardSelection.of(show, group, q, sort),
                row -> rows.add(List.of(
                        row.unitCode(),
                        row.unitName(),
                        messages.getMessage(
                                row.state() == null
                                        ? "report.state.NOT_STARTED"
                                        : row.state().messageKey(),
                                null,
                                locale),
                        fmt.dateTime(row.updatedAt()),
                        fmt.date(row.firstSubmittedOn()),
                        fmt.date(row.dueDate()),
                        fmt.date(row.extendedTo()),
                        row.timeliness() == null
                                ? ""
                                : messages.getMessage(row.timeliness().messageKey(), null, locale))));
        String name = exported == null ? "tinh-hinh-bao-cao" : "tinh-hinh-bao-cao-" + PeriodCode.of(exported);
        return TableDownload.download(name, format, "Bao cao", header, rows);
    }
}
