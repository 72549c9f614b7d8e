package vn.itplan.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: the audit trail, newest first, 50 events a page, filtered by entity type and
 * actor. Administrators only (SecurityConfig maps /admin/**).
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** The page size is always {@value #PAGE_SIZE}, whatever the address asks for. */
    @GetMapping
    String list(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String actor,
            @PageableDefault(size = PAGE_SIZE) Pageable pageable,
            Model model) {
        String type = trimToNull(entityType);
        String who = trimToNull(actor);
        // capped so that page × size cannot overflow; a page past the end simply shows nothing
        Page<AuditEvent> events =
                audit.search(type, who, PageRequest.of(Math.min(pageable.getPageNumber(), 1_000_000), PAGE_SIZE));
        model.addAttribute("events", events);
        model.addAttribute("entityType", type);
        model.addAttribute("actor", who);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actors", audit.actors());
        return "audit/list";
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
