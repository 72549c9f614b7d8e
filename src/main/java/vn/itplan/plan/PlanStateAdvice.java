package vn.itplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;

/**
 * A change the plan's state does not allow (an issued plan is read-only, issuing needs an issue date): 409 and the
 * plan page with the reason as its error message.
 */
@RequiredArgsConstructor
@ControllerAdvice(
        assignableTypes = {
            PlanController.class,
            PlanLegalBasisController.class,
            PlanPartController.class,
            PlanItemController.class,
            PlanLifecycleController.class
        })
class PlanStateAdvice {

    private final PlanService plans;
    private final PlanPageModel page;

    @ExceptionHandler(PlanStateException.class)
    String refused(
            PlanStateException e,
            Model model,
            HttpServletResponse response,
            @AuthenticationPrincipal CurrentUser user) {
        response.setStatus(HttpStatus.CONFLICT.value());
        Flash.error(model, e.messageKey());
        return page.show(plans.page(e.planId(), user), null, 0, model);
    }
}
