package vn.itplan.legal;

import java.util.List;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;

/** A form that breaks one or more rules of the catalogue; all of them are shown at once. */
class LegalDocumentRejected extends InvalidInputException {

    LegalDocumentRejected(List<Problem> problems) {
        super(problems);
    }
}
