package vn.itplan.plan;

import java.util.Map;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.NotFoundException;

/**
 * The buttons without a form on the plan page's lists, one way for all of them:
 * {@code POST /plans/{planId}/{items}/{itemId}/up|down} (legal bases, sections, tasks) and
 * {@code .../delete} (also targets). Each goes back to where the user was, saying what was done.
 */
@Controller
@RequestMapping("/plans/{planId}")
class PlanItemController {

    /** A list of the page: its service, its messages and where to go back to after a move or a delete. */
    private record Items(
            PlanItems service, String movedKey, String deletedKey, Function<Long, String> movedAnchor, String panel) {}

    private final Map<String, Items> lists;

    PlanItemController(
            PlanLegalBasisService bases,
            PlanSectionService sections,
            PlanTargetService targets,
            PlanTaskService tasks) {
        this.lists = Map.of(
                "legal-bases",
                        new Items(bases, "plan.basis.moved", "plan.basis.removed", id -> "panel-legal", "panel-legal"),
                "sections",
                        new Items(
                                sections,
                                "plan.section.moved",
                                "plan.section.deleted",
                                id -> "section-" + id,
                                "panel-sections"),
                "targets", new Items(targets, null, "plan.target.deleted", id -> "panel-targets", "panel-targets"),
                "tasks", new Items(tasks, "plan.task.moved", "plan.task.deleted", id -> "panel-tasks", "panel-tasks"));
    }

    @PostMapping("/{items:legal-bases|sections|tasks}/{itemId}/{direction:up|down}")
    String move(
            @PathVariable Long planId,
            @PathVariable String items,
            @PathVariable Long itemId,
            @PathVariable String direction,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Items list = lists.get(items);
        if (!(list.service() instanceof PlanItems.Ordered ordered)) {
            throw new NotFoundException(items, itemId);
        }
        Forms.act(redirect, () -> ordered.move(planId, itemId, "up".equals(direction), user), list.movedKey());
        return "redirect:/plans/" + planId + "#" + list.movedAnchor().apply(itemId);
    }

    /** The flash message says how many went (a section goes with its subsections). */
    @PostMapping("/{items:legal-bases|sections|targets|tasks}/{itemId}/delete")
    String delete(
            @PathVariable Long planId,
            @PathVariable String items,
            @PathVariable Long itemId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Items list = lists.get(items);
        Forms.act(redirect, () -> list.service().delete(planId, itemId, user))
                .ifPresent(deleted -> Flash.success(redirect, list.deletedKey(), deleted));
        return "redirect:/plans/" + planId + "#" + list.panel();
    }
}
