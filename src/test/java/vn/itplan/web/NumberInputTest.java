package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberInputTest {

    @Test
    void wholeNumbersAcceptVietnameseDigitGroups() throws ParseException {
        assertThat(NumberInput.wholeNumber("1200")).isEqualTo(1200);
        assertThat(NumberInput.wholeNumber("1.200")).isEqualTo(1200);
        assertThat(NumberInput.wholeNumber(" 1 200 ")).isEqualTo(1200);
        assertThat(NumberInput.wholeNumber("1\u00a0200")).isEqualTo(1200);
        assertThat(NumberInput.wholeNumber("12.700.000")).isEqualTo(12_700_000);
        assertThat(NumberInput.wholeNumber("-5")).isEqualTo(-5);
    }

    @Test
    void aWholeNumberIsNotADecimalNorGarbage() {
        for (String bad : new String[] {"1.5", "1,200", "12.00", "abc", "1e3", "", "1.2000", "0x10"}) {
            assertThatThrownBy(() -> NumberInput.wholeNumber(bad)).as(bad).isInstanceOf(ParseException.class);
        }
    }

    @Test
    void integerFieldsRefuseValuesBeyondTheirRange() throws ParseException {
        assertThat(NumberInput.INTEGER.parse("2.147.483.647", Locale.ENGLISH)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> NumberInput.INTEGER.parse("2147483648", Locale.ENGLISH))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void decimalsTakeEitherMarkAndGroups() throws ParseException {
        assertThat(NumberInput.decimal("10,5")).isEqualByComparingTo("10.5");
        assertThat(NumberInput.decimal("10.5")).isEqualByComparingTo("10.5");
        assertThat(NumberInput.decimal("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(NumberInput.decimal("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(NumberInput.decimal("60%")).isEqualByComparingTo("60");
        assertThat(NumberInput.decimal("-0,25")).isEqualByComparingTo("-0.25");
    }

    @Test
    void decimalsRefuseAmbiguousAndAbsurdInput() {
        for (String bad : new String[] {"1.2.3", "1,2,3", "abc", "", "1e5", "1234567890123456", "0,1234567"}) {
            assertThatThrownBy(() -> NumberInput.decimal(bad)).as(bad).isInstanceOf(ParseException.class);
        }
    }

    @Test
    void decimalsPrintInTheOneConventionWithoutTrailingZeros() {
        assertThat(NumberInput.printDecimal(new BigDecimal("10.50"))).isEqualTo("10,5");
        assertThat(NumberInput.printDecimal(new BigDecimal("1234.5"))).isEqualTo("1234,5");
        assertThat(NumberInput.printDecimal(new BigDecimal("29"))).isEqualTo("29");
    }
}
