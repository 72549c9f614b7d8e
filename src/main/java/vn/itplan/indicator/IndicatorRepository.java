package vn.itplan.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderBySortOrderAscCodeAsc();

    Optional<Indicator> findByCode(String code);

    boolean existsByCode(String code);
}
