package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The one CSV writer and the one formula-safe text rule. */
class TableDownloadTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void csvHasAByteOrderMarkQuotesWhenNeededAndSafeCells() {
        byte[] csv = TableDownload.csv(
                List.of("name", "note"),
                List.of(Arrays.asList("=SUM(A1)", "a, \"b\"\nc"), Arrays.asList("-1", null), List.of("@x", "+84")));

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,note\r\n" + "'=SUM(A1),\"a, \"\"b\"\"\nc\"\r\n" + "'-1,\r\n" + "'@x,'+84\r\n");
    }

    @Test
    void aHeaderIsItsColumnsMessagesInTheUsersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("unit.code", Locale.ENGLISH, "Code");
        messages.addMessage("unit.name", Locale.ENGLISH, "Name");
        messages.addMessage("unit.code", VI, "Mã");

        assertThat(TableDownload.header(messages, Locale.ENGLISH, "unit.code", "unit.name"))
                .containsExactly("Code", "Name");
        assertThat(TableDownload.header(messages, VI, "unit.code")).containsExactly("Mã");
    }

    @Test
    void csvTextKeepsValuesAsTheyAre() {
        assertThat(TableDownload.csvText(List.of(Arrays.asList("=A", null, "x;y"))))
                .isEqualTo("=A,,x;y\r\n");
    }

    @Test
    void onlyTextBeginningWithAFormulaSignIsNeutralised() {
        assertThat(List.of("=1+1", "+84 260", "-", "@x", "\tx", "\rx")).allMatch(SpreadsheetText::startsLikeAFormula);
        assertThat(List.of("", "1=1", " =1", "Kế hoạch", "263/KH-UBND")).noneMatch(SpreadsheetText::startsLikeAFormula);
        assertThat(SpreadsheetText.startsLikeAFormula(null)).isFalse();
        assertThat(SpreadsheetText.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.safe("263/KH-UBND")).isEqualTo("263/KH-UBND");
        assertThat(SpreadsheetText.safe(null)).isEmpty();
    }
}
