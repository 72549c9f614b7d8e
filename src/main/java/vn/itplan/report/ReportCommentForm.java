package vn.itplan.report;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.RequiredText;

/**
 * A reviewer's comment on one field of a report: the field's key (a built-in field's property, or an extra field's
 * code) and the text.
 */
@Getter
@Setter
public class ReportCommentForm {

    static final int TEXT_LENGTH = 2000;

    private String field;

    @RequiredText(max = TEXT_LENGTH)
    private String text;
}
