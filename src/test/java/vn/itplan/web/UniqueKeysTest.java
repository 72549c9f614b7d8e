package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class UniqueKeysTest {

    private static DataIntegrityViolationException violation(String message) {
        return new DataIntegrityViolationException("could not execute statement", new SQLException(message, "23505"));
    }

    @Test
    void theNamedConstraintBecomesTheFieldMessage() {
        Problem duplicate = Problem.field("number", "plan.number.duplicate", "263/KH-UBND");
        assertThatThrownBy(() -> UniqueKeys.saveOrReject("uq_plan_number", duplicate, () -> {
                    throw violation("ERROR: duplicate key value violates unique constraint \"uq_plan_number\"");
                }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(duplicate));
    }

    @Test
    void h2UpperCasesTheConstraintName() {
        assertThat(UniqueKeys.violates(
                        violation("Unique index or primary key violation: \"PUBLIC.UQ_PLAN_NUMBER_INDEX_2"),
                        "uq_plan_number"))
                .isTrue();
    }

    @Test
    void anyOtherIntegrityErrorIsNotInput() {
        DataIntegrityViolationException other = violation("violates foreign key constraint \"fk_plan_period\"");
        assertThatThrownBy(() -> UniqueKeys.saveOrReject("uq_plan_number", Problem.field("number", "x"), () -> {
                    throw other;
                }))
                .isSameAs(other);
    }

    @Test
    void aSuccessfulSaveReturnsItsValue() {
        assertThat(UniqueKeys.saveOrReject("uq", Problem.field("f", "k"), () -> "saved"))
                .isEqualTo("saved");
    }
}
