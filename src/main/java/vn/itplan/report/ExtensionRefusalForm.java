package vn.itplan.report;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.RequiredText;

/** Staff refuse a unit's extension request, saying why; the version the request was shown at. */
@Getter
@Setter
public class ExtensionRefusalForm {

    @RequiredText(max = 500)
    private String reason;

    private Long version;
}
