package vn.itplan.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.SearchText;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;
import vn.itplan.web.UserText;

/**
 * What IT staff change in the legal-document catalogue. The number is parsed and checked against the type
 * and the issue date; a document is unique by number, issuer and year of issue (numbering restarts every
 * year). Every change is audited with the fields it changed. Documents are not deleted here: a document may
 * be deleted only when no plan cites it, which the plans feature will have to answer.
 */
@RequiredArgsConstructor
@Service
@Transactional
class LegalDocumentAdminService {

    static final String ENTITY = "LegalDocument";
    static final String CREATED = "LEGAL_DOCUMENT_CREATED";
    static final String UPDATED = "LEGAL_DOCUMENT_UPDATED";
    static final LocalDate EARLIEST_ISSUE = LocalDate.of(LegalNumberParser.MIN_YEAR, 1, 1);
    private static final String UNIQUE_CONSTRAINT = "uq_legal_document";

    private final LegalDocumentRepository documents;
    private final AuditService audit;
    private final Clock clock;
    private final DisplayFormat fmt;

    @StaffOnly
    LegalDocument create(LegalDocumentForm form, CurrentUser user) {
        LegalNumber number = checked(form, null);
        LegalDocument document = new LegalDocument(
                number.text(), form.getType(), clean(form.getIssuer()), form.getIssueDate(), clean(form.getTitle()));
        copy(form, number, document);
        LegalDocument saved = UniqueKeys.saveOrReject(
                UNIQUE_CONSTRAINT, duplicate(number, document), () -> documents.saveAndFlush(document));
        audit.recordCreation(
                user.username(),
                CREATED,
                ENTITY,
                saved.getId(),
                saved.getNumber() + " · " + saved.getIssuer(),
                snapshot(saved));
        return saved;
    }

    /** Saves an edit made on the given version; a document changed since then is a {@link StaleEditException}. */
    @StaffOnly
    LegalDocument update(Long id, LegalDocumentForm form, CurrentUser user) {
        LegalDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("legal document", id));
        StaleEditException.check("legal document", id, form.getVersion(), document.getVersion());
        LegalNumber number = checked(form, id);
        Map<String, String> before = snapshot(document);
        copy(form, number, document);
        FieldChanges changes = FieldChanges.between(before, snapshot(document));
        if (changes.isEmpty()) {
            return document;
        }
        UniqueKeys.runOrReject(UNIQUE_CONSTRAINT, duplicate(number, document), documents::flush);
        audit.recordChanges(user.username(), UPDATED, ENTITY, id, document.getNumber(), changes);
        return document;
    }

    /**
     * Every rule of the catalogue the form breaks, beyond what Bean Validation checks: the number's form, its
     * type code and year against the chosen type and the issue date, the dates, and uniqueness.
     *
     * @param id the document being edited, or null for a new one
     */
    @Transactional(readOnly = true)
    Problems check(LegalDocumentForm form, Long id) {
        Problems problems = new Problems();
        LegalNumber number = null;
        if (form.getNumber() != null && !form.getNumber().isBlank()) {
            LegalNumberParser.Result parsed = LegalNumberParser.parse(form.getNumber());
            if (parsed instanceof LegalNumberParser.Rejected rejected) {
                problems.add(Problem.field("number", rejected.reasonKey(), rejected.args()));
            } else {
                number = parsed.number().orElseThrow();
            }
        }
        LocalDate issueDate = form.getIssueDate();
        if (number != null && form.getType() != null && !number.possibleTypes().contains(form.getType())) {
            problems.add(typeMismatch(number, form.getType()));
        }
        if (number != null && number.year() != null && issueDate != null && number.year() != issueDate.getYear()) {
            problems.add(Problem.field(
                    "number",
                    "legal.number.yearMismatch",
                    String.valueOf(number.year()),
                    String.valueOf(issueDate.getYear())));
        }
        LocalDate today = LocalDate.now(clock);
        if (issueDate != null && (issueDate.isBefore(EARLIEST_ISSUE) || issueDate.isAfter(today))) {
            problems.add(
                    Problem.field("issueDate", "legal.issueDate.range", fmt.date(EARLIEST_ISSUE), fmt.date(today)));
        }
        if (issueDate != null
                && form.getEffectiveDate() != null
                && form.getEffectiveDate().isBefore(issueDate)) {
            problems.add(Problem.field("effectiveDate", "legal.effectiveDate.beforeIssue", fmt.date(issueDate)));
        }
        if (number != null
                && issueDate != null
                && form.getIssuer() != null
                && !form.getIssuer().isBlank()) {
            Optional<LegalDocument> other = duplicateOf(number, form.getIssuer(), issueDate.getYear(), id);
            if (other.isPresent()) {
                problems.add(duplicate(number, other.get().getIssuer(), issueDate.getYear()));
            }
        }
        return problems;
    }

    /** The issuers already in the catalogue, for the form's suggestions. */
    @Transactional(readOnly = true)
    List<String> issuers() {
        return documents.findIssuers();
    }

    /** The fields (lĩnh vực) already in the catalogue, for the form's suggestions. */
    @Transactional(readOnly = true)
    List<String> fields() {
        return documents.findFields();
    }

    /** The document's change history, oldest first. */
    @Transactional(readOnly = true)
    List<LegalDocumentHistory> history(Long id) {
        return audit.historyOf(ENTITY, id).stream()
                .map(LegalDocumentHistory::of)
                .toList();
    }

    private LegalNumber checked(LegalDocumentForm form, Long id) {
        check(form, id).throwIfAny();
        return LegalNumberParser.parse(form.getNumber()).number().orElseThrow();
    }

    private Optional<LegalDocument> duplicateOf(LegalNumber number, String issuer, int year, Long id) {
        String folded = SearchText.fold(issuer);
        return documents.findByNumberAndIssueYear(number.text(), year).stream()
                .filter(other -> !other.getId().equals(id))
                .filter(other -> SearchText.fold(other.getIssuer()).equals(folded))
                .findFirst();
    }

    private static Problem duplicate(LegalNumber number, String issuer, int year) {
        return Problem.field("number", "legal.number.duplicate", number.text(), issuer, String.valueOf(year));
    }

    /** What two people saving the same document at the same moment are told: the check's message. */
    private static Problem duplicate(LegalNumber number, LegalDocument document) {
        return duplicate(number, document.getIssuer(), document.getIssueDate().getYear());
    }

    private static Problem typeMismatch(LegalNumber number, LegalDocType chosen) {
        Object chosenName = new DefaultMessageSourceResolvable(chosen.messageKey());
        if (number.typeCode() == null) {
            return number.form() == LegalNumber.Form.LEGISLATIVE
                    ? Problem.field("number", "legal.number.typeMismatch.standingCommittee", number.text(), chosenName)
                    : Problem.field("number", "legal.number.typeMismatch.letter", number.text(), chosenName);
        }
        if (number.form() == LegalNumber.Form.LEGISLATIVE) {
            return Problem.field("number", "legal.number.typeMismatch.law", number.text(), chosenName);
        }
        LegalDocType expected = number.possibleTypes().iterator().next();
        return Problem.field(
                "number",
                "legal.number.typeMismatch",
                number.typeCode(),
                new DefaultMessageSourceResolvable(expected.messageKey()),
                chosenName);
    }

    private static void copy(LegalDocumentForm form, LegalNumber number, LegalDocument document) {
        document.numbered(
                number.text(), number.seq(), number.year(), number.typeCode(), number.issuerCode(), form.getType());
        document.issued(clean(form.getIssuer()), form.getIssueDate(), form.getEffectiveDate(), clean(form.getSigner()));
        document.describe(clean(form.getTitle()), clean(form.getField()));
    }

    /**
     * In Unicode NFC (a caller other than the web form may send decomposed text, which would slip past the
     * unique key), trimmed, runs of spaces, line breaks and control characters made one space; blank is null.
     */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned =
                UserText.clean(text.replaceAll("[\\s\\u00A0\\p{Cc}]+", " ")).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private Map<String, String> snapshot(LegalDocument document) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("number", document.getNumber());
        values.put("type", document.getType().name());
        values.put("issuer", document.getIssuer());
        values.put("issueDate", fmt.date(document.getIssueDate()));
        values.put("effectiveDate", fmt.date(document.getEffectiveDate()));
        values.put("signer", document.getSigner());
        values.put("title", document.getTitle());
        values.put("field", document.getField());
        return values;
    }
}
