package vn.itplan.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkCodeRepository extends JpaRepository<FrameworkCode, FrameworkCode.Key> {

    List<FrameworkCode> findByIndicatorId(Long indicatorId);

    List<FrameworkCode> findAllByOrderByFrameworkAscCodeAsc();
}
