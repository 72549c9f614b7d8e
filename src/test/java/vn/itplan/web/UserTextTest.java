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

    @Test
    void oneLineTurnsEveryControlCharacterIntoASpace() {
        assertThat(UserText.oneLine("a\u0000b\nc\td\u0085e")).isEqualTo("a b c d e");
        assertThat(UserText.oneLine(null)).isNull();
    }

    @Test
    void controlCharactersAreFoundWhereverTheyAre() {
        assertThat(UserText.hasControlCharacters("admin\u0000")).isTrue();
        assertThat(UserText.hasControlCharacters("ad\nmin")).isTrue();
        assertThat(UserText.hasControlCharacters("\u009fadmin")).isTrue();
        assertThat(UserText.hasControlCharacters("quản-trị")).isFalse();
        assertThat(UserText.hasControlCharacters(null)).isFalse();
    }

    @Test
    void c1ControlCharactersAreDroppedToo() {
        assertThat(UserText.clean("a\u0085b\u009fc")).isEqualTo("abc");
    }
}
