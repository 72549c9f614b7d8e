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
import vn.itplan.period.PeriodService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.TableDownload;

/**
 * {@code /reports/export.xlsx|csv?period=}: the completeness board of a period, one row per expected unit, from
 * {@link ReportBoardService} (the page's own numbers); staff and leaders, as the board.
 */
@RequiredArgsConstructor
@Controller
class BoardExport {

    private final ReportBoardService boards;
    private final MessageSource messages;
    private final DisplayFormat fmt;
    private final PeriodService periods;

    @GetMapping("/reports/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(
            @PathVariable String format, @RequestParam(required = false) Long period, Locale locale) {
        Board board = boards.board(period, null);
        List<String> header = List.of(
                        "exchange.column.unitCode",
                        "report.board.unit",
                        "report.board.state",
                        "report.board.updated",
                        "report.board.firstSubmitted",
                        "report.board.due",
                        "exchange.column.extendedTo",
                        "report.board.timeliness")
                .stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (BoardRow row : board.rows()) {
            rows.add(List.of(
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
                            : messages.getMessage(row.timeliness().messageKey(), null, locale)));
        }
        String name = board.period() == null
                ? "tinh-hinh-bao-cao"
                : "tinh-hinh-bao-cao-"
                        + PeriodCode.of(periods.get(board.period().periodId()));
        return TableDownload.download(name, format, "Bao cao", header, rows);
    }
}
