package vn.itplan.legal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.itplan.web.SearchText;

interface LegalDocumentRepository extends JpaRepository<LegalDocument, Long>, JpaSpecificationExecutor<LegalDocument> {

    List<LegalDocument> findAllByOrderByIssueDateDescNumberAsc();

    /** Candidates for a duplicate: the issuer is compared by the caller, ignoring case and diacritics. */
    List<LegalDocument> findByNumberAndIssueYear(String number, int issueYear);

    @Query("select distinct d.issueYear from LegalDocument d order by d.issueYear desc")
    List<Integer> findIssueYears();

    @Query("select distinct d.issuer from LegalDocument d order by d.issuer")
    List<String> findIssuers();

    @Query("select distinct d.field from LegalDocument d where d.field is not null order by d.field")
    List<String> findFields();

    /**
     * One page of documents whose folded search text contains every term (each a LIKE with the wildcards
     * escaped by '\'), of the type and issue year when given.
     */
    default Page<LegalDocument> search(List<String> terms, LegalDocType type, Integer issueYear, Pageable page) {
        Specification<LegalDocument> matches = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            for (String term : terms) {
                all.add(cb.like(root.get("searchText"), SearchText.containsPattern(term), '\\'));
            }
            if (type != null) {
                all.add(cb.equal(root.get("type"), type));
            }
            if (issueYear != null) {
                all.add(cb.equal(root.get("issueYear"), issueYear));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return findAll(matches, page);
    }
}
