package vn.itplan.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, Long entityId);

    Page<AuditEvent> findByEntityType(String entityType, Pageable pageable);

    Page<AuditEvent> findByActor(String actor, Pageable pageable);

    Page<AuditEvent> findByEntityTypeAndActor(String entityType, String actor, Pageable pageable);

    @Query("select distinct e.entityType from AuditEvent e order by e.entityType")
    List<String> findEntityTypes();

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findActions();

    @Query("select distinct e.actor from AuditEvent e order by e.actor")
    List<String> findActors();
}
