package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void controlCharactersGoExceptTabsAndLineBreaks() {
        assertThat(UserText.clean("a\u0000b\u0007c\nd\te\r")).isEqualTo("abc\nd\te\r");
        assertThat(UserText.clean("")).isEmpty();
        assertThat(UserText.clean(null)).isNull();
    }

    @Test
    void decomposedVietnameseBecomesPrecomposed() {
        String decomposed = Normalizer.normalize("UBND huyện Đắk Hà", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("UBND huyện Đắk Hà");
        assertThat(UserText.clean(decomposed)).isEqualTo("UBND huyện Đắk Hà");
    }
}
