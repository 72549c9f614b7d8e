package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import lombok.Getter;
import lombok.Setter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;

/** What the binder makes of the text a user sends: into a form, into a form's exact field, as a lone parameter. */
class InputCleaningAdviceTest {

    @Getter
    @Setter
    public static class SomeForm {
        private String name;
        private String note;

        @ExactText
        private String password;
    }

    final InputCleaningAdvice advice = new InputCleaningAdvice();

    SomeForm bind(String name, String note, String password) {
        SomeForm form = new SomeForm();
        WebDataBinder binder = new WebDataBinder(form, "form");
        advice.cleanText(binder);
        MutablePropertyValues values = new MutablePropertyValues();
        values.add("name", name);
        values.add("note", note);
        values.add("password", password);
        binder.bind(values);
        return form;
    }

    @Test
    void aFormsTextIsCleanedAndTrimmedAndBlankIsNull() {
        SomeForm form = bind("  UBND huyện\u0000 Đắk Hà \n", " \t ", "x");

        assertThat(form.getName()).isEqualTo("UBND huyện Đắk Hà");
        assertThat(form.getNote()).isNull();
    }

    @Test
    void anExactFieldKeepsItsSpacesButNotItsControlCharacters() {
        assertThat(bind("a", "b", "  pass word\u0000  ").getPassword()).isEqualTo("  pass word  ");
        assertThat(bind("a", "b", "").getPassword()).isEmpty();
    }

    @Test
    void aFormBuiltThroughItsConstructorIsTrimmedToo() {
        WebDataBinder binder = new WebDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(SomeForm.class));
        advice.cleanText(binder);

        assertThat(binder.convertIfNecessary("  Kon Tum  ", String.class)).isEqualTo("Kon Tum");
    }

    @Test
    void aLoneParameterIsOnlyCleaned() {
        WebDataBinder binder = new WebDataBinder(null, "q");
        advice.cleanText(binder);

        assertThat(binder.convertIfNecessary("  quyet\u0000 dinh  ", String.class))
                .isEqualTo("  quyet dinh  ");
        assertThat(binder.convertIfNecessary("", String.class)).isEmpty();
    }
}
