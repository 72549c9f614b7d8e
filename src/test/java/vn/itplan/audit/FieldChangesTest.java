package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void listsOnlyTheFieldsThatDifferInTheirOrder() {
        Map<String, String> before = FieldChanges.snapshot();
        before.put("code", "DAKHA");
        before.put("name", "UBND huyện Đăk Hà");
        before.put("gsoCode", null);
        Map<String, String> after = FieldChanges.snapshot();
        after.put("code", "DAKHA");
        after.put("name", "UBND huyện Đắk Hà");
        after.put("gsoCode", "615");

        FieldChanges changes = FieldChanges.between(before, after);
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.names()).isEqualTo("name, gsoCode");
        assertThat(changes.details()).isEqualTo("name: UBND huyện Đăk Hà → UBND huyện Đắk Hà\ngsoCode: — → 615");
    }

    @Test
    void blankAndMissingAreTheSameAndNothingChangedIsEmpty() {
        Map<String, String> before = FieldChanges.snapshot();
        before.put("shortName", "");
        Map<String, String> after = FieldChanges.snapshot();
        after.put("shortName", null);
        assertThat(FieldChanges.between(before, after).isEmpty()).isTrue();
        assertThat(FieldChanges.between(Map.of(), Map.of("code", "X")).details())
                .isEqualTo("code: — → X");
    }
}
