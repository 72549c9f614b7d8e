package vn.itplan.report;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.report.ReportSubmissions.SubmitOutcome;
import vn.itplan.report.ReportViews.EditContext;
import vn.itplan.report.ReportViews.ReportPage;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.Choice;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.PageLinks;
import vn.itplan.web.Problems;

/**
 * {@code /reports}: a unit admin's own reports; the staff's (and leaders') completeness board; one report's page,
 * its edit form, submission and review. Scoping is decided in {@link ReportAccess}.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/reports")
class ReportController {

    static final String BOARD = "reports/board";
    static final String UNIT_LIST = "reports/unit-list";
    static final String VIEW = "reports/view";
    static final String EDIT = "reports/edit";

    private final ReportSubmissions submissions;
    private final ReportComments comments;
    private final ReportPages pages;
    private final ExtraPages extras;
    private final ReportBoardService boards;
    private final MessageSource messages;
    private final ExtensionRequests extensionRequests;

    /** Rows of the completeness board on one page, whatever the address asks for. */
    static final int BOARD_PAGE_SIZE = 50;

    @GetMapping
    String list(
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            Locale locale) {
        if (ReportActor.of(user.role()) == ReportActor.UNIT) {
            model.addAttribute("unitReports", pages.unitReports(user));
            model.addAttribute("extensionRequests", extensionRequests.latestByPeriod(user));
            return UNIT_LIST;
        }
        BoardSelection selection = BoardSelection.of(show, group, q, sort);
        BoardPage board = boards.page(period, selection, PageLinks.pageNumber(page), BOARD_PAGE_SIZE);
        Long pid = board.period() == null ? null : board.period().periodId();
        model.addAttribute("board", board);
        model.addAttribute("page", board.rows());
        model.addAttribute("rows", board.rows().getContent());
        model.addAttribute("show", selection.show());
        model.addAttribute("selection", selection);
        model.addAttribute("links", selection.links(pid));
        model.addAttribute(
                "groups",
                Arrays.stream(UnitKind.Group.values())
                        .map(g -> new Choice(g.name(), messages.getMessage("unit.group." + g.name(), null, locale)))
                        .toList());
        model.addAttribute(
                "shows",
                BoardSelection.FILTERS_IN_ORDER.stream()
                        .map(f -> new Choice(f, messages.getMessage(BoardSelection.labelKey(f), null, locale)))
                        .toList());
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (String s : BoardSelection.SORTS) {
            sortLinks.put(s, selection.links(pid, s).list());
        }
        model.addAttribute("sortLinks", sortLinks);
        model.addAttribute("staff", user.isStaff());
        return BOARD;
    }

    /** Approves the ticked reports that are submitted without warnings, each as if approved on its own. */
    @PostMapping("/approve")
    String approveTogether(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam Long period,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        List<Long> chosen = ids == null ? List.of() : ids;
        int approved = submissions.approveTogether(chosen, user);
        if (approved == 0) {
            Flash.error(redirect, "report.approveTogether.none");
        } else {
            Flash.success(redirect, "report.approveTogether.done", approved, chosen.size() - approved);
        }
        return "redirect:/reports?period=" + period + "&show=SUBMITTED";
    }

    @PostMapping
    String start(
            @RequestParam Long periodId,
            @RequestParam(defaultValue = "false") boolean prefill,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Long id = submissions.start(periodId, prefill, user);
        Flash.success(redirect, "report.started");
        return "redirect:/reports/" + id + "/edit";
    }

    /** The report's page; {@code field}: the field a reviewer chose to comment on ("comment" link beside it). */
    @GetMapping("/{id}")
    String view(
            @PathVariable Long id,
            @RequestParam(required = false) String field,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            Locale locale) {
        ReportCommentForm fieldComment = new ReportCommentForm();
        fieldComment.setField(field);
        model.addAttribute("fieldComment", fieldComment);
        return showView(id, pages.page(id, user), user, model, locale);
    }

    /** A reviewer's comment on one field of the report; shown next to it to the unit, which is told. */
    @PostMapping("/{id}/field-comments")
    String commentOnField(
            @PathVariable Long id,
            @Valid @ModelAttribute("fieldComment") ReportCommentForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Problems checked = comments.check(id, form, user); // staff only: refused before the page is read
        ReportPage page = pages.page(id, user);
        if (!Forms.run(result, checked, () -> comments.commentOnField(id, form, user))) {
            Flash.error(model, "report.fieldComment.notSent");
            return showView(id, page, user, model, locale);
        }
        Flash.success(redirect, "report.fieldComment.sent", page.header().unitName());
        return "redirect:/reports/" + id + "#value-" + form.getField().strip();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        EditContext context = pages.editContext(id, user);
        if (!context.perms().can(ReportAction.EDIT)) {
            return "redirect:/reports/" + id;
        }
        model.addAttribute("form", submissions.form(id, user));
        return showEdit(model, context, user);
    }

    @PostMapping("/{id}/edit")
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("notSaved", result.hasErrors());
        if (!Forms.run(result, () -> submissions.save(id, form, user), () -> afterConflict(id, form, user, model))) {
            return showEdit(model, pages.editContext(id, user), user);
        }
        Flash.success(redirect, "report.saved");
        return "redirect:/reports/" + id + "/edit";
    }

    @PostMapping("/{id}/submit")
    String submit(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("notSaved", result.hasErrors());
        Optional<SubmitOutcome> submitted = Forms.save(
                result, () -> submissions.submit(id, form, user), () -> afterConflict(id, form, user, model));
        if (submitted.isEmpty()) {
            return showEdit(model, pages.editContext(id, user), user);
        }
        SubmitOutcome outcome = submitted.get();
        form.setVersion(outcome.version());
        switch (outcome.status()) {
            case SUBMITTED -> {
                Flash.success(redirect, "report.submitted");
                return "redirect:/reports/" + id;
            }
            case BLOCKED -> {
                outcome.problems()
                        .forEach(p ->
                                result.rejectValue(p.field().property(), p.messageKey(), p.args(), p.messageKey()));
                Forms.addProblems(result, outcome.extraProblems());
                model.addAttribute("savedNotSubmitted", true);
            }
            case NEEDS_ACKNOWLEDGEMENT -> {
                model.addAttribute("warnings", outcome.warnings());
                model.addAttribute(
                        "warnedFields",
                        outcome.warnings().stream()
                                .map(w -> w.field().property())
                                .collect(java.util.stream.Collectors.toSet()));
                model.addAttribute("savedNotSubmitted", true);
            }
        }
        return showEdit(model, pages.editContext(id, user), user);
    }

    /** Approve, return or reopen, or only comment: the action is the last part of the path. */
    @PostMapping("/{id}/{action:approve|return|reopen|comment}")
    String review(
            @PathVariable Long id,
            @PathVariable("action") String path,
            @Valid @ModelAttribute("review") ReviewForm review,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        boolean note = "comment".equals(path);
        ReportAction action = note ? null : ReportAction.valueOf(path.toUpperCase(Locale.ROOT));
        ReportPage page = pages.page(id, user);
        AtomicBoolean stale = new AtomicBoolean();
        Runnable decision =
                note ? () -> comments.comment(id, review, user) : () -> submissions.review(id, action, review, user);
        if (Forms.run(result, decision, () -> stale.set(true))) {
            if (note) {
                Flash.success(redirect, "report.commented", page.header().unitName());
                return "redirect:/reports/" + id + "#comments";
            }
            Flash.success(
                    redirect, "report.reviewed." + action.name(), page.header().unitName());
            return "redirect:/reports?period=" + page.header().period().periodId();
        }
        if (stale.get()) {
            Flash.error(redirect, "report.review.conflict");
            return "redirect:/reports/" + id;
        }
        model.addAttribute("fieldComment", new ReportCommentForm());
        return showView(id, page, user, model, locale);
    }

    /**
     * The report's page with its review form (a new one unless the model has one coming back with errors), and for
     * staff the choice of the field to comment on.
     */
    private String showView(Long id, ReportPage page, CurrentUser user, Model model, Locale locale) {
        if (!model.containsAttribute("review")) {
            ReviewForm review = new ReviewForm();
            review.setVersion(page.header().version());
            model.addAttribute("review", review);
        }
        model.addAttribute("page", page);
        model.addAttribute("extraRows", extras.rows(id, user));
        model.addAttribute(
                "extensionRequest",
                extensionRequests.latest(
                        page.header().unitId(), page.header().period().periodId(), user));
        if (page.mayComment()) {
            model.addAttribute(
                    "fieldChoices",
                    page.fields().values().stream()
                            .map(f -> new Choice(
                                    f.key(),
                                    f.labelKey() != null
                                            ? messages.getMessage(f.labelKey(), null, locale)
                                            : f.extra().label(locale)))
                            .toList());
        }
        return VIEW;
    }

    /** A stale edit: the form keeps what the user typed, shows the values stored meanwhile and the new version. */
    private void afterConflict(Long id, ReportForm form, CurrentUser user, Model model) {
        model.addAttribute("stored", pages.storedWhereDifferent(id, form, user));
        form.setVersion(submissions.version(id, user));
    }

    private String showEdit(Model model, EditContext context, CurrentUser user) {
        model.addAttribute("ctx", context);
        model.addAttribute(
                "extensionRequest",
                extensionRequests.latest(
                        context.header().unitId(), context.header().period().periodId(), user));
        model.addAttribute("extra", extras.edit(context.header().id()));
        model.addAttribute("sections", ReportField.Section.values());
        model.addAttribute("maxUploadBytes", AttachmentService.MAX_BYTES);
        return EDIT;
    }
}
