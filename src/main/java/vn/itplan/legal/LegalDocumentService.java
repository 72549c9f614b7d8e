package vn.itplan.legal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/** The legal-document catalogue as other features (plans) see it. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class LegalDocumentService {

    /** Newest first; the id keeps pages stable between documents of the same day and number. */
    static final Sort ORDER = Sort.by(Sort.Order.desc("issueDate"), Sort.Order.asc("number"), Sort.Order.desc("id"));

    static final int MAX_PAGE_SIZE = 100;

    private final LegalDocumentRepository documents;

    public LegalDocument get(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("legal document", id));
    }

    public Map<Long, LegalDocument> byIds(Collection<Long> ids) {
        return documents.findAllById(ids).stream().collect(Collectors.toMap(LegalDocument::getId, Function.identity()));
    }

    /** Newest first. */
    public List<LegalDocument> findAll() {
        return documents.findAllByOrderByIssueDateDescNumberAsc();
    }

    /**
     * One page of the documents that match, newest first (the page's own sort is ignored, its size is at most
     * {@value #MAX_PAGE_SIZE}). A page past the end answers the last page.
     */
    public Page<LegalDocument> search(LegalDocumentQuery query, Pageable pageable) {
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        // a page number from the address is capped so that page × size never overflows (an absurd page is the last one)
        PageRequest page = PageRequest.of(Math.min(Math.max(pageable.getPageNumber(), 0), 1_000_000), size, ORDER);
        Page<LegalDocument> result = documents.search(query.terms(), query.type(), query.year(), page);
        if (result.isEmpty() && result.getTotalPages() > 0 && page.getPageNumber() >= result.getTotalPages()) {
            result = documents.search(
                    query.terms(), query.type(), query.year(), page.withPage(result.getTotalPages() - 1));
        }
        return result;
    }

    /** The years in which catalogued documents were issued, latest first. */
    public List<Integer> issueYears() {
        return documents.findIssueYears();
    }
}
