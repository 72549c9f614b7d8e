package vn.itplan.period;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    boolean existsByDate(LocalDate date);
}
