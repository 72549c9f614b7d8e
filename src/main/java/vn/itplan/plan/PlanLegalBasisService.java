package vn.itplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditText;
import vn.itplan.legal.LegalDocument;
import vn.itplan.legal.LegalDocumentQuery;
import vn.itplan.legal.LegalDocumentService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.UniqueKeys;

/** A plan's legal bases ("Căn cứ ..."): documents of the legal catalogue, each once, in the plan's order. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanLegalBasisService implements PlanItems.Ordered {

    static final String UNIQUE_DOCUMENT = "uq_plan_legal_basis";
    /** Catalogue documents offered per page when adding a legal basis. */
    static final int SEARCH_PAGE_SIZE = 15;

    private final PlanLegalBasisRepository bases;
    private final PlanDrafts drafts;
    private final LegalDocumentService documents;

    /** One page of catalogue documents to cite, and which of them the plan cites already. */
    record DocumentSearch(String query, Page<LegalDocument> results, Set<Long> cited) {}

    /**
     * The catalogue's own search (diacritics and case ignored, every word must match), one page at a time; an empty
     * query finds nothing.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    DocumentSearch search(Long planId, String text, int page) {
        LegalDocumentQuery query = new LegalDocumentQuery(text, null, null);
        if (query.terms().isEmpty()) {
            return new DocumentSearch(query.text(), Page.empty(PageRequest.of(0, SEARCH_PAGE_SIZE)), Set.of());
        }
        Page<LegalDocument> results = documents.search(query, PageRequest.of(Math.max(page, 0), SEARCH_PAGE_SIZE));
        Set<Long> cited = bases.findByPlanIdOrderByPositionAscIdAsc(planId).stream()
                .map(PlanLegalBasis::getLegalDocumentId)
                .collect(Collectors.toSet());
        return new DocumentSearch(query.text(), results, cited);
    }

    @StaffOnly
    void add(Long planId, Long documentId, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        LegalDocument document =
                documentId == null ? null : documents.byIds(List.of(documentId)).get(documentId);
        if (document == null) {
            throw new InvalidInputException("documentId", "plan.basis.unknownDocument");
        }
        Problem duplicate = Problem.field("documentId", "plan.basis.duplicate", document.getNumber());
        if (bases.existsByPlanIdAndLegalDocumentId(planId, documentId)) {
            throw new InvalidInputException(List.of(duplicate));
        }
        int position = bases.findByPlanIdOrderByPositionAscIdAsc(planId).size() + 1;
        UniqueKeys.saveOrReject(
                UNIQUE_DOCUMENT, duplicate, () -> bases.saveAndFlush(new PlanLegalBasis(planId, documentId, position)));
        drafts.record(
                user,
                "LEGAL_BASIS_ADDED",
                planId,
                AuditText.of("audit.summary.plan.basisAdded", plan.getNumber(), document.getNumber(), position));
    }

    @Override
    @StaffOnly
    public void move(Long planId, Long basisId, boolean up, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanLegalBasis> list = new ArrayList<>(bases.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanLegalBasis basis = find(list, basisId);
        Positions.move(list, basis, up, PlanLegalBasis::moveTo)
                .ifPresent(move -> drafts.recordMove(user, "LEGAL_BASIS_MOVED", plan, documentNumber(basis), move));
    }

    @Override
    @StaffOnly
    public int delete(Long planId, Long basisId, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanLegalBasis> list = new ArrayList<>(bases.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanLegalBasis basis = find(list, basisId);
        int at = list.indexOf(basis) + 1;
        list.remove(basis);
        bases.delete(basis);
        Positions.renumber(list, PlanLegalBasis::moveTo);
        drafts.record(
                user,
                "LEGAL_BASIS_REMOVED",
                planId,
                AuditText.of("audit.summary.plan.basisRemoved", plan.getNumber(), documentNumber(basis), at));
        return 1;
    }

    private static PlanLegalBasis find(List<PlanLegalBasis> list, Long basisId) {
        return list.stream()
                .filter(b -> b.getId().equals(basisId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("legal basis", basisId));
    }

    private String documentNumber(PlanLegalBasis basis) {
        LegalDocument document =
                documents.byIds(List.of(basis.getLegalDocumentId())).get(basis.getLegalDocumentId());
        return document == null ? "#" + basis.getLegalDocumentId() : document.getNumber();
    }
}
