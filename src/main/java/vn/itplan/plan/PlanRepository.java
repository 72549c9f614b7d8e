package vn.itplan.plan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p order by p.year desc, p.issueDate desc nulls first, p.number, p.revisionNo desc")
    List<Plan> findAllForList();

    List<Plan> findByIssuerAndYearAndNumberIgnoreCase(String issuer, int year, String number);

    List<Plan> findByIssuerAndNumberIgnoreCase(String issuer, String number);

    Optional<Plan> findByRevisionOf(Long revisionOf);

    /** The plan, locked until the end of the transaction: edits of one plan (and issuing it) take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> findForUpdate(Long id);
}
