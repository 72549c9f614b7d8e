package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.itplan.web.DisplayFormat;

/** The issuer block, place and date line and document title as the decree writes them. */
class IssuerHeadingTest {

    static ExportText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/export");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ExportText(messages, new DisplayFormat());
    }

    static List<String> lines(IssuerHeading heading) {
        return heading.lines().stream()
                .map(l -> l.text() + (l.bold() ? " (bold)" : ""))
                .toList();
    }

    @Test
    void aProvincialPeoplesCommitteeSplitsIntoBodyAndProvince() {
        IssuerHeading heading = IssuerHeading.of("UBND tỉnh Kon Tum");
        assertThat(lines(heading)).containsExactly("ỦY BAN NHÂN DÂN (bold)", "TỈNH KON TUM (bold)");
        assertThat(heading.place()).isEqualTo("Kon Tum");
        assertThat(heading.onBehalf()).isEqualTo("ỦY BAN NHÂN DÂN");
    }

    @Test
    void districtsCitiesAndCouncilsToo() {
        IssuerHeading district = IssuerHeading.of("Ủy ban nhân dân  huyện Đắk Hà");
        assertThat(lines(district)).containsExactly("ỦY BAN NHÂN DÂN (bold)", "HUYỆN ĐẮK HÀ (bold)");
        assertThat(district.place()).isEqualTo("Đắk Hà");
        assertThat(IssuerHeading.of("UBND thành phố Kon Tum").lines().get(1).text())
                .isEqualTo("THÀNH PHỐ KON TUM");
        IssuerHeading council = IssuerHeading.of("HĐND tỉnh Kon Tum");
        assertThat(council.lines().get(0).text()).isEqualTo("HỘI ĐỒNG NHÂN DÂN");
        assertThat(council.onBehalf()).isEqualTo("HỘI ĐỒNG NHÂN DÂN");
    }

    @Test
    void aDepartmentGoesUnderItsPeoplesCommitteeWithoutOnBehalf() {
        IssuerHeading heading = IssuerHeading.of("Sở Thông tin và Truyền thông tỉnh Kon Tum");
        assertThat(lines(heading)).containsExactly("UBND TỈNH KON TUM", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG (bold)");
        assertThat(heading.place()).isEqualTo("Kon Tum");
        assertThat(heading.onBehalf()).isNull();
    }

    @Test
    void anythingElseIsPrintedAsItIsWithoutAPlace() {
        IssuerHeading heading = IssuerHeading.of("Bộ Thông tin và Truyền thông");
        assertThat(lines(heading)).containsExactly("BỘ THÔNG TIN VÀ TRUYỀN THÔNG (bold)");
        assertThat(heading.place()).isNull();
        assertThat(IssuerHeading.of("  ").lines()).isEmpty();
        assertThat(IssuerHeading.of(null).lines()).isEmpty();
    }

    @Test
    void datesTakeLeadingZerosForDaysBelowTenAndForJanuaryAndFebruaryOnly() {
        ExportText text = text();
        assertThat(text.placeAndDate("Kon Tum", LocalDate.of(2015, 2, 10)))
                .isEqualTo("Kon Tum, ngày 10 tháng 02 năm 2015");
        assertThat(text.placeAndDate("Kon Tum", LocalDate.of(2015, 3, 5)))
                .isEqualTo("Kon Tum, ngày 05 tháng 3 năm 2015");
        assertThat(text.placeAndDate("Kon Tum", LocalDate.of(2015, 12, 31)))
                .isEqualTo("Kon Tum, ngày 31 tháng 12 năm 2015");
        assertThat(text.placeAndDate("Kon Tum", null)).isEqualTo("Kon Tum, ngày … tháng … năm …");
        assertThat(text.placeAndDate(null, null)).isEqualTo("……, ngày … tháng … năm …");
        assertThat(text.shortDate(LocalDate.of(2007, 4, 10))).isEqualTo("10/4/2007");
    }

    @Test
    void theTitleLosesItsTypeWordOnly() {
        assertThat(PlanDocumentLayout.titleWithoutType("Kế hoạch ứng dụng CNTT năm 2015"))
                .isEqualTo("ứng dụng CNTT năm 2015");
        assertThat(PlanDocumentLayout.titleWithoutType("KẾ HOẠCH: Ứng dụng CNTT"))
                .isEqualTo("Ứng dụng CNTT");
        assertThat(PlanDocumentLayout.titleWithoutType("Ứng dụng CNTT năm 2015"))
                .isEqualTo("Ứng dụng CNTT năm 2015");
        assertThat(PlanDocumentLayout.titleWithoutType(null)).isEmpty();
    }
}
