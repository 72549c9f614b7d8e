package vn.itplan.report;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A reviewer's decision: the comment (required to return, the reason to reopen) and the version reviewed. */
@Getter
@Setter
public class ReviewForm {

    @Size(max = 2000, message = "{validation.tooLong}")
    private String comment;

    private Long version;
}
