package vn.itplan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailAdoptionRepository extends JpaRepository<EmailAdoption, Long> {}
