package vn.itplan.plan;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.TableDownload;

/** {@code /plans/export.xlsx|csv}: the list of plans, newest year first, as on the page (issue 15). */
@RequiredArgsConstructor
@Controller
class PlanListExport {

    private final PlanService plans;
    private final MessageSource messages;
    private final DisplayFormat fmt;

    @GetMapping("/plans/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
        List<String> header = TableDownload.header(
                messages,
                locale,
                "plan.year",
                "plan.number",
                "plan.title",
                "plan.status",
                "plan.issuer",
                "plan.signer",
                "plan.issueDate",
                "plan.effectiveDate");
        List<List<String>> rows = plans.listByYear().stream()
                .flatMap(group -> group.plans().stream())
                .map(row -> {
                    Plan p = row.plan();
                    return List.of(
                            String.valueOf(p.getYear()),
                            text(p.getNumber()),
                            text(p.getTitle()),
                            messages.getMessage(p.getStatus().messageKey(), null, locale),
                            text(p.getIssuer()),
                            text(p.getSigner()),
                            fmt.date(p.getIssueDate()),
                            fmt.date(p.getEffectiveDate()));
                })
                .toList();
        return TableDownload.download("ke-hoach", format, "Ke hoach", header, rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
