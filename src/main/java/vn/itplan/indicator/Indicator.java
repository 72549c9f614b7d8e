package vn.itplan.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An entry of the indicator catalogue (chỉ tiêu): HT01, UD04, ... (domain.md §4). */
@Entity
@Table(name = "indicator")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 300)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "unit_of_measure", nullable = false, length = 50)
    private String unitOfMeasure;

    @Column(length = 2000)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Aggregation aggregation;

    @Column(name = "valid_from_year")
    private Integer validFromYear;

    @Column(name = "valid_to_year")
    private Integer validToYear;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    public Indicator(String code, String nameVi, String nameEn, String unitOfMeasure, Aggregation aggregation) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unitOfMeasure = unitOfMeasure;
        this.aggregation = aggregation;
    }

    /** The name in the interface language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public boolean validIn(int year) {
        return (validFromYear == null || validFromYear <= year) && (validToYear == null || year <= validToYear);
    }
}
