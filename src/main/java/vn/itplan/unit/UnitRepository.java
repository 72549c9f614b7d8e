package vn.itplan.unit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    List<Unit> findAllByOrderByLevelAscSortOrderAscNameAsc();

    List<Unit> findByParentIdOrderBySortOrderAscNameAsc(Long parentId);

    /** Another root than {@code id} (pass 0 when creating): the tree has a single root. */
    @Query("select count(u) > 0 from Unit u where u.parentId is null and u.id <> :id")
    boolean anotherRootExists(@Param("id") Long id);

    boolean existsByParentIdAndActiveTrue(Long parentId);

    /**
     * Locks the root row: every change to the tree takes this lock first, so that two moves cannot
     * build a cycle together, and a unit is never created under a parent whose path is being rewritten.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from Unit u where u.parentId is null")
    List<Unit> lockRoots();

    @Query("select u from Unit u where u.active = true and u.reporting = true order by u.sortOrder, u.name")
    List<Unit> findReportingUnits();

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.level, u.sortOrder, u.name")
    List<Unit> findSubtree(@Param("path") String path);

    long countByActiveTrue();

    /** A unit's code, name and short name as searched (its folded search text), each word after a space. */
    String FOLDED = "(' ' || u.search_text)";

    String MATCHING = " from unit u where u.active = true and " + FOLDED + " like :t1 escape '\\' and " + FOLDED
            + " like :t2 escape '\\' and " + FOLDED + " like :t3 escape '\\'";

    /**
     * The first {@code max} active units whose folded text matches the three patterns (the unit whose code is
     * {@code code} first, then in tree order).
     */
    @Query(
            nativeQuery = true,
            value = "select u.*" + MATCHING
                    + " order by case when lower(u.code) = :code then 0 else 1 end, u.level, u.sort_order, u.name"
                    + " limit :max")
    List<Unit> findActiveMatching(
            @Param("t1") String t1,
            @Param("t2") String t2,
            @Param("t3") String t3,
            @Param("code") String code,
            @Param("max") int max);

    /** How many active units match the three patterns. */
    @Query(nativeQuery = true, value = "select count(*)" + MATCHING)
    long countActiveMatching(@Param("t1") String t1, @Param("t2") String t2, @Param("t3") String t3);

    @Query("select count(u) from Unit u where u.path like concat(:path, '%')")
    long countSubtree(@Param("path") String path);

    /**
     * Moves a whole subtree in one statement: every path starting with {@code oldPrefix} gets
     * {@code newPrefix} instead, and every level changes by {@code levelDelta}. The version moves on too,
     * so that an edit opened before the move is reported as a conflict instead of writing an old path back.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Unit u
               set u.path = concat(:newPrefix, substring(u.path, length(:oldPrefix) + 1)),
                   u.level = u.level + :levelDelta,
                   u.version = u.version + 1
             where u.path like concat(:oldPrefix, '%')""")
    int moveSubtree(
            @Param("oldPrefix") String oldPrefix,
            @Param("newPrefix") String newPrefix,
            @Param("levelDelta") int levelDelta);
}
