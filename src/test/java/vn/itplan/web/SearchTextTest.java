package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aQueryIsOneLineWithoutTheSpaceAroundIt() {
        assertThat(SearchText.query("  Đắk\nHà\u0000 ", 100)).isEqualTo("Đắk Hà");
    }

    @Test
    void aBlankQueryIsNone() {
        assertThat(SearchText.query(" \t ", 100)).isNull();
        assertThat(SearchText.query(null, 100)).isNull();
    }

    @Test
    void aLongQueryIsCutAndTheCutIsTrimmed() {
        assertThat(SearchText.query("abcd efgh", 5)).isEqualTo("abcd");
        assertThat(SearchText.query("abcde", 5)).isEqualTo("abcde");
    }

    @Test
    void foldingIgnoresCaseAndMarks() {
        assertThat(SearchText.terms("  Quyết   ĐỊNH 1605 ")).containsExactly("quyet", "dinh", "1605");
    }
}
