package vn.itplan.legal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/** The legal-document catalogue as other features (plans) see it. */
@Service
@Transactional(readOnly = true)
public class LegalDocumentService {

    private final LegalDocumentRepository documents;

    LegalDocumentService(LegalDocumentRepository documents) {
        this.documents = documents;
    }

    public LegalDocument get(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("legal document", id));
    }

    public Map<Long, LegalDocument> byIds(Collection<Long> ids) {
        return documents.findAllById(ids).stream()
                .collect(Collectors.toMap(LegalDocument::getId, Function.identity()));
    }

    /** Newest first. */
    public List<LegalDocument> findAll() {
        return documents.findAllByOrderByIssueDateDescNumberAsc();
    }
}
