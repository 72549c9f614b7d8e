package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.IdEntity;

/** One "Căn cứ ..." line of a plan: a document of the legal catalogue at a position in the plan's list. */
@Entity
@Table(name = "plan_legal_basis")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanLegalBasis extends IdEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "legal_document_id", nullable = false)
    private Long legalDocumentId;

    @Column(nullable = false)
    private int position;

    PlanLegalBasis(Long planId, Long legalDocumentId, int position) {
        this.planId = planId;
        this.legalDocumentId = legalDocumentId;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    PlanLegalBasis copyTo(Long planId) {
        return new PlanLegalBasis(planId, legalDocumentId, position);
    }
}
