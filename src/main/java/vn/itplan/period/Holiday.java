package vn.itplan.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.IdEntity;

/** A day off entered by staff for one year (Tết, the Hùng Kings' day, a swapped day). */
@Entity
@Table(name = "holiday")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Holiday extends IdEntity {

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String name;

    Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }
}
