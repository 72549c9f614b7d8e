package vn.itplan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicServicesRepository extends JpaRepository<PublicServices, Long> {}
