package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanStatus;

class FileNamesTest {

    static Plan plan(String number, int year, PlanStatus status, int revision) throws Exception {
        Constructor<Plan> constructor = Plan.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Plan plan = constructor.newInstance();
        ReflectionTestUtils.setField(plan, "number", number);
        ReflectionTestUtils.setField(plan, "year", year);
        ReflectionTestUtils.setField(plan, "status", status);
        ReflectionTestUtils.setField(plan, "revisionNo", revision);
        return plan;
    }

    @Test
    void anIssuedPlanIsNamedTypeNumberIssuerYear() throws Exception {
        assertThat(FileNames.baseName(plan("263/KH-UBND", 2015, PlanStatus.ISSUED, 0)))
                .isEqualTo("KH-263-UBND-2015");
        assertThat(FileNames.baseName(plan(" 12/KH-STTTT ", 2016, PlanStatus.ISSUED, 0)))
                .isEqualTo("KH-12-STTTT-2016");
    }

    @Test
    void revisionsAndDraftsSaySoSoThatVersionsNeverShareAName() throws Exception {
        assertThat(FileNames.baseName(plan("263/KH-UBND", 2015, PlanStatus.ISSUED, 1)))
                .isEqualTo("KH-263-UBND-2015-sua-doi-1");
        assertThat(FileNames.baseName(plan("263/KH-UBND", 2015, PlanStatus.DRAFT, 2)))
                .isEqualTo("KH-263-UBND-2015-sua-doi-2-du-thao");
    }

    @Test
    void oddNumbersStillGiveASafeName() throws Exception {
        assertThat(FileNames.baseName(plan("64/2007/NĐ-CP", 2015, PlanStatus.ISSUED, 0)))
                .isEqualTo("NĐ-64-CP-2015");
        assertThat(FileNames.baseName(plan("…/KH-UBND", 2016, PlanStatus.DRAFT, 0)))
                .isEqualTo("KH-UBND-2016-du-thao");
        assertThat(FileNames.baseName(plan("../../etc/passwd", 2016, PlanStatus.ISSUED, 0)))
                .doesNotContain("/", "..")
                .endsWith("-2016");
        assertThat(FileNames.baseName(plan("a\"b\r\nc;d", 2016, PlanStatus.ISSUED, 0)))
                .isEqualTo("a-b-c-d-2016");
        assertThat(FileNames.baseName(plan("", 2016, PlanStatus.ISSUED, 0))).isEqualTo("KH-2016");
    }

    @Test
    void contentDispositionCarriesAPlainNameAndTheExactOne() {
        assertThat(FileNames.contentDisposition("NĐ-64-CP-2015.docx"))
                .isEqualTo("attachment; filename=\"ND-64-CP-2015.docx\"; filename*=UTF-8''N%C4%90-64-CP-2015.docx");
        assertThat(FileNames.contentDisposition("KH-263-UBND-2015.xlsx"))
                .isEqualTo("attachment; filename=\"KH-263-UBND-2015.xlsx\"; filename*=UTF-8''KH-263-UBND-2015.xlsx");
    }
}
