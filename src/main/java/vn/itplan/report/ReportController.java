package vn.itplan.report;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.report.ReportService.SubmitOutcome;
import vn.itplan.report.ReportViews.EditContext;
import vn.itplan.report.ReportViews.ReportPage;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * {@code /reports}: a unit admin's own reports; the staff's (and leaders') completeness board; one report's page,
 * its edit form, submission and review. Scoping is decided in {@link ReportService}.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    static final String BOARD = "reports/board";
    static final String UNIT_LIST = "reports/unit-list";
    static final String VIEW = "reports/view";
    static final String EDIT = "reports/edit";

    /** Board filters besides the states: units not started, and timeliness. */
    static final Set<String> FILTERS = Set.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED",
            "ON_TIME", "LATE", "OVERDUE");

    private final ReportService reports;
    private final ReportBoardService boards;

    ReportController(ReportService reports, ReportBoardService boards) {
        this.reports = reports;
        this.boards = boards;
    }

    @InitBinder("form")
    void figures(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new NumberEditors.Count());
        binder.registerCustomEditor(BigDecimal.class, new NumberEditors.Decimal());
    }

    @GetMapping
    String list(@RequestParam(required = false) Long period, @RequestParam(required = false) String show,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        if (ReportActor.of(user.role()) == ReportActor.UNIT) {
            model.addAttribute("unitReports", reports.unitReports(user));
            return UNIT_LIST;
        }
        Board board = boards.board(period, null);
        String filter = show != null && FILTERS.contains(show) ? show : null;
        List<BoardRow> rows = filter == null ? board.rows() : board.rows().stream().filter(r -> matches(r, filter)).toList();
        model.addAttribute("board", board);
        model.addAttribute("rows", rows);
        model.addAttribute("show", filter);
        model.addAttribute("staff", user.isStaff());
        return BOARD;
    }

    private static boolean matches(BoardRow row, String filter) {
        return switch (filter) {
            case "NOT_STARTED" -> row.state() == null;
            case "ON_TIME", "LATE", "OVERDUE" -> row.timeliness().name().equals(filter);
            default -> row.state() != null && row.state().name().equals(filter);
        };
    }

    @PostMapping
    String start(@RequestParam Long periodId, @RequestParam(defaultValue = "false") boolean prefill,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Long id;
        try {
            id = reports.start(periodId, prefill, user);
        } catch (DataIntegrityViolationException startedMeanwhile) {
            id = reports.start(periodId, false, user);
        }
        redirect.addFlashAttribute("flashKey", "report.started");
        return "redirect:/reports/" + id + "/edit";
    }

    @GetMapping("/{id}")
    String view(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportPage page = reports.page(id, user);
        ReviewForm review = new ReviewForm();
        review.setVersion(page.header().version());
        model.addAttribute("review", review);
        model.addAttribute("page", page);
        return VIEW;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        EditContext context = reports.editContext(id, user);
        if (!context.perms().can(ReportAction.EDIT)) {
            return "redirect:/reports/" + id;
        }
        model.addAttribute("form", reports.form(id, user));
        return showEdit(model, context);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("notSaved", true);
            return showEdit(model, reports.editContext(id, user));
        }
        try {
            reports.save(id, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            return conflict(id, form, result, user, model);
        }
        redirect.addFlashAttribute("flashKey", "report.saved");
        return "redirect:/reports/" + id + "/edit";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable Long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("notSaved", true);
            return showEdit(model, reports.editContext(id, user));
        }
        SubmitOutcome outcome;
        try {
            outcome = reports.submit(id, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            return conflict(id, form, result, user, model);
        }
        form.setVersion(outcome.version());
        switch (outcome.status()) {
            case SUBMITTED -> {
                redirect.addFlashAttribute("flashKey", "report.submitted");
                return "redirect:/reports/" + id;
            }
            case BLOCKED -> {
                outcome.problems().forEach(p -> result.rejectValue(p.field().property(), p.messageKey(), p.args(),
                        p.messageKey()));
                model.addAttribute("savedNotSubmitted", true);
            }
            case NEEDS_ACKNOWLEDGEMENT -> {
                model.addAttribute("warnings", outcome.warnings());
                model.addAttribute("warnedFields", outcome.warnings().stream().map(w -> w.field().property())
                        .collect(java.util.stream.Collectors.toSet()));
                model.addAttribute("savedNotSubmitted", true);
            }
        }
        return showEdit(model, reports.editContext(id, user));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable Long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return review(id, ReportAction.APPROVE, review, result, user, model, redirect);
    }

    @PostMapping("/{id}/return")
    String returnToUnit(@PathVariable Long id, @Valid @ModelAttribute("review") ReviewForm review,
                        BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
                        RedirectAttributes redirect) {
        return review(id, ReportAction.RETURN, review, result, user, model, redirect);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable Long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return review(id, ReportAction.REOPEN, review, result, user, model, redirect);
    }

    private String review(Long id, ReportAction action, ReviewForm review, BindingResult result, CurrentUser user,
                          Model model, RedirectAttributes redirect) {
        ReportPage page = reports.page(id, user);
        if (!result.hasErrors()) {
            try {
                reports.review(id, action, review, user);
                redirect.addFlashAttribute("flashKey", "report.reviewed." + action.name());
                redirect.addFlashAttribute("flashArgs", page.header().unitName());
                return "redirect:/reports?period=" + page.header().period().periodId();
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            } catch (StaleEditException | OptimisticLockingFailureException e) {
                redirect.addFlashAttribute("flashErrorKey", "report.review.conflict");
                return "redirect:/reports/" + id;
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("failedAction", action.name());
        return VIEW;
    }

    private String conflict(Long id, ReportForm form, BindingResult result, CurrentUser user, Model model) {
        result.reject("common.conflict");
        model.addAttribute("stored", reports.storedWhereDifferent(id, form, user));
        form.setVersion(reports.version(id, user));
        return showEdit(model, reports.editContext(id, user));
    }

    private String showEdit(Model model, EditContext context) {
        model.addAttribute("ctx", context);
        model.addAttribute("sections", ReportField.Section.values());
        model.addAttribute("maxUploadBytes", AttachmentService.MAX_BYTES);
        return EDIT;
    }
}
