package vn.itplan.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/**
 * An entry of the indicator catalogue (chỉ tiêu): HT01, UD04, ... Its code never changes once created (plan
 * targets and issued plans cite it); see src/docs/indicators.md for how each figure is computed.
 */
@Entity
@Table(name = "indicator")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator extends VersionedEntity {

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

    public Indicator(String code, String nameVi, String nameEn, String unitOfMeasure, Aggregation aggregation) {
        this.code = code;
        describe(nameVi, nameEn, unitOfMeasure, null, aggregation);
    }

    /** The name in the interface language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** Everything but the code, which is fixed once the indicator exists. */
    void describe(String nameVi, String nameEn, String unitOfMeasure, String definition, Aggregation aggregation) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unitOfMeasure = unitOfMeasure;
        this.definition = definition;
        this.aggregation = aggregation;
    }

    /** The years in which plans may target it (either end open), and its place in the catalogue. */
    void validBetween(Integer fromYear, Integer toYear, int sortOrder) {
        this.validFromYear = fromYear;
        this.validToYear = toYear;
        this.sortOrder = sortOrder;
    }

    public boolean validIn(int year) {
        return (validFromYear == null || validFromYear <= year) && (validToYear == null || year <= validToYear);
    }
}
