package vn.itplan.report;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;

/** A reviewer's decision: the comment (required to return, the reason to reopen) and the version reviewed. */
@Getter
@Setter
public class ReviewForm {

    @MaxLength(2000)
    private String comment;

    private Long version;
}
