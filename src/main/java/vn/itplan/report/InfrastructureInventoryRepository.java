package vn.itplan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface InfrastructureInventoryRepository extends JpaRepository<InfrastructureInventory, Long> {}
