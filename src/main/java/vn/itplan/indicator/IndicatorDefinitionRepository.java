package vn.itplan.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, Long> {

    List<IndicatorDefinition> findByIndicatorIdOrderByValidFromYearDesc(Long indicatorId);

    Optional<IndicatorDefinition> findByIndicatorIdAndValidFromYear(Long indicatorId, int validFromYear);

    /** Every definition with its indicator's code, in catalogue order: one statement. */
    @Query("select i.code, d from Indicator i, IndicatorDefinition d where d.indicatorId = i.id"
            + " order by i.sortOrder, i.code, d.validFromYear")
    List<Object[]> findAllWithCodes();

    boolean existsByNumeratorFieldIdOrDenominatorFieldId(Long numeratorFieldId, Long denominatorFieldId);
}
