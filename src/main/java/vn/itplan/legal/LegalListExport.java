package vn.itplan.legal;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.TableDownload;

/** {@code /legal-bases/export.xlsx|csv}: the documents the search of the page finds, every page of them. */
@RequiredArgsConstructor
@Controller
class LegalListExport {

    /** At most this many documents in one file. */
    static final int LIMIT = 10_000;

    private final LegalDocumentService documents;
    private final MessageSource messages;
    private final DisplayFormat fmt;

    @GetMapping("/legal-bases/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @ModelAttribute("search") LegalSearchForm search,
            BindingResult ignoredFilters,
            Locale locale) {
        List<String> header = TableDownload.header(
                messages,
                locale,
                "legal.label.number",
                "legal.label.type",
                "legal.label.title",
                "legal.label.issuer",
                "legal.label.issueDate",
                "legal.label.effectiveDate",
                "legal.label.signer",
                "legal.label.field");
        List<LegalDocument> found = new java.util.ArrayList<>();
        for (int page = 0; found.size() < LIMIT; page++) {
            org.springframework.data.domain.Page<LegalDocument> slice =
                    documents.search(search.query(), PageRequest.of(page, LegalDocumentService.MAX_PAGE_SIZE));
            found.addAll(slice.getContent());
            if (slice.isLast() || slice.isEmpty()) {
                break;
            }
        }
        List<List<String>> rows = found.stream()
                .map(d -> List.of(
                        d.getNumber(),
                        messages.getMessage(d.getType().messageKey(), null, locale),
                        text(d.getTitle()),
                        text(d.getIssuer()),
                        fmt.date(d.getIssueDate()),
                        fmt.date(d.getEffectiveDate()),
                        text(d.getSigner()),
                        text(d.getField())))
                .toList();
        return TableDownload.download("van-ban-phap-ly", format, "Van ban", header, rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
