package vn.itplan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.web.Choice;
import vn.itplan.web.PageLinks;
import vn.itplan.web.TableDownload;

/**
 * {@code /admin/audit}: the audit trail in words, newest first, 50 events a page, filtered by user, action,
 * record type and days; the filtered trail as .xlsx or CSV. Administrators only (SecurityConfig maps /admin/**).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;
    /** At most this many events in one export (newest first). */
    static final int EXPORT_LIMIT = 20_000;

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AuditService audit;
    private final AuditTrailView view;
    private final MessageSource messages;

    /** The page size is always {@value #PAGE_SIZE}, whatever the address asks for. */
    @GetMapping
    String list(
            @ModelAttribute("search") AuditSearchForm search,
            BindingResult result,
            @RequestParam(required = false) String page,
            Model model,
            Locale locale) {
        AuditFilter filter = search.filter();
        // capped so that page × size cannot overflow; a page past the end simply shows nothing
        Page<AuditEvent> events = audit.search(filter, PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE));
        model.addAttribute("events", events);
        model.addAttribute("rows", view.rows(events.getContent(), locale));
        model.addAttribute("filtered", !filter.isEmpty() || result.hasErrors());
        model.addAttribute("entityTypes", options(audit.entityTypes(), t -> view.typeLabel(t, locale)));
        model.addAttribute("actions", options(audit.actions(), a -> view.actionLabel(a, locale)));
        model.addAttribute("actors", audit.actors());
        model.addAttribute("links", links(filter));
        return "audit/list";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("search") AuditSearchForm search, BindingResult result, Locale locale) {
        return file(TableDownload.xlsx("Audit", header(locale), table(search.filter(), locale)), XLSX, "xlsx");
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("search") AuditSearchForm search, BindingResult result, Locale locale) {
        return file(TableDownload.csv(header(locale), table(search.filter(), locale)), CSV, "csv");
    }

    private List<String> header(Locale locale) {
        return List.of(
                        "audit.time",
                        "audit.actor",
                        "audit.action",
                        "audit.entityType",
                        "audit.entity",
                        "audit.summary",
                        "audit.details")
                .stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    private List<List<String>> table(AuditFilter filter, Locale locale) {
        List<AuditEvent> events =
                audit.search(filter, PageRequest.of(0, EXPORT_LIMIT)).getContent();
        List<List<String>> rows = new ArrayList<>();
        for (AuditTrailView.Row row : view.rows(events, locale)) {
            AuditEvent e = row.event();
            rows.add(List.of(
                    row.time(),
                    e.getActor(),
                    row.action(),
                    row.recordType(),
                    row.name() != null ? row.name() : e.getEntityId() == null ? "" : "#" + e.getEntityId(),
                    row.summary() == null ? "" : row.summary(),
                    row.detailsText()));
        }
        return rows;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-trail." + extension)
                                .build()
                                .toString())
                .body(content);
    }

    /** Code → label, sorted by label, for a drop-down. */
    private static List<Choice> options(List<String> codes, java.util.function.Function<String, String> label) {
        return codes.stream()
                .map(code -> new Choice(code, label.apply(code)))
                .sorted(java.util.Comparator.comparing(Choice::label))
                .toList();
    }

    /** The filter in the paging and export links. */
    private static PageLinks links(AuditFilter filter) {
        return PageLinks.to("/admin/audit")
                .with("actor", filter.actor())
                .with("action", filter.action())
                .with("entityType", filter.entityType())
                .with("from", date(filter.from()))
                .with("to", date(filter.to()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : vn.itplan.web.DisplayFormat.DATE.format(date);
    }
}
