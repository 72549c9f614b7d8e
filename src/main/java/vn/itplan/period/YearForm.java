package vn.itplan.period;

/** The periods of one kind for a whole year, made from the calendar in one action. */
class YearForm extends PeriodKindForm {

    static YearForm blank(int year) {
        YearForm form = new YearForm();
        form.setYear(year);
        form.setKind(PeriodKind.QUARTERLY);
        form.setGraceDays(0);
        return form;
    }
}
