package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.itplan.report.ReportMeasure.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The generated "Hiện trạng" text for Kon Tum's end-of-2014 figures reads like the seed plan. */
class NarrativeServiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final NarrativeService narratives = new NarrativeService(messages());

    /** 29 approved reports: LAN everywhere, 17 use e-mail regularly, eOffice 29/29, 5 interconnected, 2 secured. */
    static Measures konTum2014() {
        return new Measures(
                n(29),
                Map.ofEntries(
                        Map.entry(STAFF, n(3100)),
                        Map.entry(PCS, n(2480)),
                        Map.entry(PCS_INTERNET, n(2400)),
                        Map.entry(PCS_ANTIVIRUS, n(1500)),
                        Map.entry(STAFF_WITH_PC, n(2400)),
                        Map.entry(SERVERS, n(40)),
                        Map.entry(BANDWIDTH_MBPS, n(310)),
                        Map.entry(IT_STAFF, n(35)),
                        Map.entry(UNITS_WITH_LAN, n(29)),
                        Map.entry(UNITS_ON_GOV_NETWORK, n(12)),
                        Map.entry(UNITS_WITH_SECURITY, n(2)),
                        Map.entry(MAILBOXES, n(2000)),
                        Map.entry(STAFF_USING_EMAIL, n(1600)),
                        Map.entry(UNITS_USING_EMAIL, n(17)),
                        Map.entry(UNITS_WITH_EOFFICE, n(29)),
                        Map.entry(UNITS_INTERCONNECTED, n(5)),
                        Map.entry(DOCUMENTS, n(60000)),
                        Map.entry(DOCUMENTS_ELECTRONIC, n(24000)),
                        Map.entry(SERVICES_LEVEL1, n(120)),
                        Map.entry(SERVICES_LEVEL2, n(80)),
                        Map.entry(SERVICES_LEVEL3, n(6)),
                        Map.entry(SERVICES_LEVEL4, n(0))));
    }

    static Rollup rollupOf(Measures measures, int expected) {
        Coverage coverage = new Coverage(expected, measures.reports().intValue(), List.of());
        Map<String, Figure> figures = BuiltInFormulas.figures(measures, coverage);
        return new Rollup(null, RollupScope.ALL, coverage, List.of(), figures, Map.of(), Map.of());
    }

    @Test
    void vietnameseTextFollowsTheSeedPlan() {
        Narrative text = narratives.generate(rollupOf(konTum2014(), 29), VI);

        assertThat(text.eoffice())
                .startsWith("Đến nay đã triển khai phần mềm quản lý văn bản và điều hành eOffice tại 29/29 đơn vị.")
                .contains("5/29 đơn vị đã kết nối liên thông")
                .contains("đạt 40%");
        assertThat(text.email())
                .startsWith("Đến nay khoảng 60% đơn vị (17/29 đơn vị) sử dụng hộp thư điện tử công vụ thường xuyên");
        assertThat(text.infrastructure())
                .contains("29/29 đơn vị có mạng nội bộ (LAN)")
                .contains("2.480 máy, bình quân 0,8 máy/cán bộ")
                .contains("96,8% máy tính được kết nối Internet")
                .contains("chưa được chú trọng: chỉ 2/29 đơn vị");
        assertThat(text.coverageNote()).isEmpty();
    }

    @Test
    void englishTextUsesEnglishNumbers() {
        Narrative text = narratives.generate(rollupOf(konTum2014(), 29), Locale.ENGLISH);

        assertThat(text.email()).startsWith("To date about 60% of units (17/29 units) use official e-mail regularly");
        assertThat(text.infrastructure()).contains("2,480 computers in total, 0.8 per civil servant");
    }

    @Test
    void partialDataIsSaidAndMissingFiguresAreLeftOut() {
        Measures partial =
                new Measures(n(10), Map.of(UNITS_WITH_LAN, n(10), UNITS_USING_EMAIL, n(7), UNITS_WITH_EOFFICE, n(10)));

        Narrative text = narratives.generate(rollupOf(partial, 29), VI);

        assertThat(text.coverageNote()).isEqualTo("(Số liệu tổng hợp từ báo cáo đã duyệt của 10/29 đơn vị.)");
        assertThat(text.email())
                .contains("khoảng 70% đơn vị (7/10 đơn vị)")
                .doesNotContain("hộp thư điện tử công vụ đã cấp");
        assertThat(text.infrastructure())
                .contains("10/10 đơn vị có mạng nội bộ")
                .doesNotContain("máy chủ");
        assertThat(text.full()).contains(text.coverageNote());
    }

    @Test
    void noApprovedReportsGiveNoText() {
        Narrative text = narratives.generate(rollupOf(Measures.NONE, 29), VI);

        assertThat(text.email()).isEmpty();
        assertThat(text.eoffice()).isEmpty();
        assertThat(text.infrastructure()).isEmpty();
        assertThat(text.coverageNote()).contains("0/29");
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/rollup");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
