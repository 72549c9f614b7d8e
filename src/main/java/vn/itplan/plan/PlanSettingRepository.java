package vn.itplan.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSettingRepository extends JpaRepository<PlanSetting, Integer> {}
