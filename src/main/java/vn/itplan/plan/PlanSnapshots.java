package vn.itplan.plan;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/**
 * The frozen figures of issued plans ({@link PlanSnapshot}). The export takes a snapshot when it hears
 * {@link PlanIssued} (same transaction: the issue and its snapshot commit together); a plan issued before snapshots
 * existed gets one the first time its files are asked for. A snapshot is never replaced: a revision is a new plan.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PlanSnapshots {

    private final PlanSnapshotRepository snapshots;
    private final PlanRepository plans;

    public Optional<PlanSnapshot> find(Long planId) {
        return snapshots.find(planId);
    }

    /** Issued plans that have no snapshot yet. */
    public java.util.List<Long> issuedWithout() {
        return snapshots.issuedWithout();
    }

    /** Stores the snapshot of an issued plan unless it has one already (the first one stays). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void store(PlanSnapshot snapshot) {
        Plan plan = plans.findForUpdate(snapshot.planId())
                .orElseThrow(() -> new NotFoundException("plan", snapshot.planId()));
        if (!plan.isIssued()) {
            throw new IllegalStateException("only an issued plan is frozen: plan " + plan.getId());
        }
        if (!snapshots.exists(snapshot.planId())) {
            snapshots.insert(snapshot);
        }
    }
}
