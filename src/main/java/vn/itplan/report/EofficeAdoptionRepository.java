package vn.itplan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface EofficeAdoptionRepository extends JpaRepository<EofficeAdoption, Long> {}
