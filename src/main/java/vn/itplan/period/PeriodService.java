package vn.itplan.period;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/** Reporting periods as other features see them. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final ReportingPeriodRepository periods;

    public ReportingPeriod get(Long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("period", id));
    }

    /** Newest year first; within a year the annual period, then half-years and quarters, latest first. */
    public List<ReportingPeriod> findAll() {
        return periods.findAllByOrderByYearDescKindAscSeqDesc();
    }

    public Optional<ReportingPeriod> find(int year, PeriodKind kind, int seq) {
        return periods.findByYearAndKindAndSeq(year, kind, seq);
    }
}
