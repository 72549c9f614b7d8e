package vn.itplan.report;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.PageLinks;

/**
 * {@code /reports/queue}: the staff's landing page, what is waiting for them ({@link ReportQueues}); {@code page}: the
 * page of the overdue units.
 */
@RequiredArgsConstructor
@Controller
class WorkQueueController {

    private final ReportQueues queues;

    @GetMapping("/reports/queue")
    String staffQueue(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("queue", queues.staffQueue(user, PageLinks.pageNumber(page)));
        model.addAttribute("links", PageLinks.to("/reports/queue"));
        return "reports/queue";
    }
}
