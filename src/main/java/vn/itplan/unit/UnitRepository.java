package vn.itplan.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    List<Unit> findAllByOrderByLevelAscSortOrderAscNameAsc();

    @Query("select u from Unit u where u.active = true and u.reporting = true order by u.sortOrder, u.name")
    List<Unit> findReportingUnits();

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.level, u.sortOrder, u.name")
    List<Unit> findSubtree(@Param("path") String path);
}
