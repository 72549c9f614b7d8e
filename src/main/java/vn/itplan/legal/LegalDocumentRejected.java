package vn.itplan.legal;

import java.util.List;
import org.springframework.validation.BindingResult;
import vn.itplan.web.InvalidInputException;

/** A form that breaks one or more rules of the catalogue; all of them are shown at once. */
class LegalDocumentRejected extends InvalidInputException {

    private final transient List<FieldProblem> problems;

    LegalDocumentRejected(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public void addTo(BindingResult result) {
        problems.forEach(problem -> problem.addTo(result));
    }
}
