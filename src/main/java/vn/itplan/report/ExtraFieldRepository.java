package vn.itplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtraFieldRepository extends JpaRepository<ExtraField, Long> {

    List<ExtraField> findAllByOrderBySectionAscSortOrderAscCodeAsc();

    boolean existsByCode(String code);
}
