package vn.itplan.report;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.itplan.security.CurrentUser;

/** {@code /reports/queue}: the staff's landing page, what is waiting for them ({@link ReportQueues}). */
@RequiredArgsConstructor
@Controller
class WorkQueueController {

    private final ReportQueues queues;

    @GetMapping("/reports/queue")
    String staffQueue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("queue", queues.staffQueue(user));
        return "reports/queue";
    }
}
