package vn.itplan.period;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.web.InvalidInputException;

/** What IT staff change in the period catalogue; every change is audited. */
@Service
@Transactional
class PeriodAdminService {

    private final ReportingPeriodRepository periods;
    private final PeriodService lookups;
    private final AuditService audit;

    PeriodAdminService(ReportingPeriodRepository periods, PeriodService lookups, AuditService audit) {
        this.periods = periods;
        this.lookups = lookups;
        this.audit = audit;
    }

    ReportingPeriod create(PeriodForm form, String actor) {
        if (form.getSeq() > form.getKind().perYear()) {
            throw new InvalidInputException("seq", "period.seq.tooLarge", form.getKind().perYear());
        }
        if (form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidInputException("endDate", "period.endBeforeStart");
        }
        if (form.getDueDate().isBefore(form.getEndDate())) {
            throw new InvalidInputException("dueDate", "period.dueBeforeEnd");
        }
        if (periods.findByYearAndKindAndSeq(form.getYear(), form.getKind(), form.getSeq()).isPresent()) {
            throw new InvalidInputException("seq", "period.duplicate");
        }
        ReportingPeriod period = periods.save(new ReportingPeriod(form.getYear(), form.getKind(), form.getSeq(),
                form.getStartDate(), form.getEndDate(), form.getDueDate()));
        audit.record(actor, "PERIOD_CREATED", "ReportingPeriod", period.getId(),
                form.getYear() + " " + form.getKind() + " " + form.getSeq() + ", due " + form.getDueDate());
        return period;
    }

    void setOpen(Long id, boolean open, String actor) {
        ReportingPeriod period = lookups.get(id);
        if (period.isOpen() == open) {
            return;
        }
        period.setOpen(open);
        audit.record(actor, open ? "PERIOD_OPENED" : "PERIOD_CLOSED", "ReportingPeriod", id,
                "open: " + !open + " → " + open);
    }

    List<ReportingPeriod> findAll() {
        return lookups.findAll();
    }
}
