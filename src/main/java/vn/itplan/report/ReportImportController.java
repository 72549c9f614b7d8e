package vn.itplan.report;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.TableDownload;

/**
 * {@code /reports/import}: a period's .xlsx template, the upload (the template, or the long CSV), its preview with
 * every problem by row and column while large files are checked in the background, and the confirmation that writes
 * all rows in one transaction ({@link ReportImports}). {@code /reports/values.csv}: the long CSV of a period (staff).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/reports")
class ReportImportController {

    private final ReportFiles files;
    private final ReportImportJobs jobs;
    private final PeriodService periods;

    @GetMapping("/import")
    String page(@RequestParam(required = false) Long period, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportImports.requireImporter(user);
        List<ReportingPeriod> open = periods.findAll().stream()
                .filter(ReportingPeriod::isOpen)
                .sorted(Comparator.comparing(ReportingPeriod::getStartDate).reversed())
                .toList();
        model.addAttribute("periods", open.stream().map(PeriodLabel::of).toList());
        model.addAttribute(
                "period",
                period != null ? period : open.isEmpty() ? null : open.get(0).getId());
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("maxRows", ReportFiles.MAX_ROWS);
        return "reports/import";
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam Long period, @AuthenticationPrincipal CurrentUser user) {
        ReportingPeriod p = periods.get(period);
        return TableDownload.file(
                "bao-cao-" + PeriodCode.of(p) + ".xlsx", TableDownload.XLSX, files.template(period, user));
    }

    @PostMapping("/import")
    String upload(
            @RequestParam Long period,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        ReportImports.requireImporter(user);
        if (file == null || file.isEmpty()) {
            Flash.error(redirect, "exchange.file.empty");
            return "redirect:/reports/import?period=" + period;
        }
        return "redirect:/reports/import/" + jobs.start(file.getOriginalFilename(), file.getBytes(), period, user);
    }

    @GetMapping("/import/{job}")
    String preview(@PathVariable String job, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportImportJobs.Job found = found(job, user);
        model.addAttribute("job", found);
        model.addAttribute("period", PeriodLabel.of(periods.get(found.periodId())));
        return "reports/import-preview";
    }

    /** The progress of a job, polled by its page (htmx) until it has finished; then the page reloads itself. */
    @GetMapping("/import/{job}/progress")
    String progress(
            @PathVariable String job,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        ReportImportJobs.Job found = found(job, user);
        if (found.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", found);
        return "reports/import-preview :: progress";
    }

    @PostMapping("/import/{job}/confirm")
    String confirm(@PathVariable String job, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ReportImportJobs.Job found = found(job, user);
        if (!found.canConfirm()) {
            return "redirect:/reports/import/" + job;
        }
        Optional<Integer> written = Forms.act(redirect, () -> jobs.confirm(found, user));
        if (written.isPresent()) {
            Flash.success(redirect, "exchange.import.done", written.get());
            return user.isStaff() ? "redirect:/reports?period=" + found.periodId() : "redirect:/reports";
        }
        return "redirect:/reports/import?period=" + found.periodId();
    }

    @GetMapping("/values.csv")
    ResponseEntity<byte[]> values(@RequestParam Long period) {
        ReportingPeriod p = periods.get(period);
        return TableDownload.file("so-lieu-" + PeriodCode.of(p) + ".csv", TableDownload.CSV, files.valuesCsv(period));
    }

    private ReportImportJobs.Job found(String id, CurrentUser user) {
        return jobs.find(id, user).orElseThrow(() -> new NotFoundException("import", id));
    }
}
