package vn.itplan.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.SearchText;
import vn.itplan.web.VersionedEntity;

/** A legal document a plan can cite as a basis (căn cứ): a law, decree, decision, letter, ... */
@Entity
@Table(name = "legal_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LegalDocument extends VersionedEntity {

    static final int SEARCH_TEXT_LENGTH = 4000;

    /** As written: 64/2007/NĐ-CP. */
    @Column(nullable = false, length = 60)
    private String number;

    @Column(length = 20)
    private String seq;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "type_code", length = 10)
    private String typeCode;

    @Column(name = "issuer_code", length = 60)
    private String issuerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 24)
    private LegalDocType type;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(length = 120)
    private String signer;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 255)
    private String field;

    /**
     * Folded number, type, title and issuer. Folding decomposes (a Hangul syllable becomes up to three letters),
     * so the column is sized for the longest folded text the form allows, and the text is capped to it.
     */
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText = "";

    public LegalDocument(String number, LegalDocType type, String issuer, LocalDate issueDate, String title) {
        this.number = number;
        this.type = type;
        this.issuer = issuer;
        this.issueDate = issueDate;
        this.title = title;
    }

    /** The number as written and its parts ({@link LegalNumberParser}), and the type it was checked against. */
    void numbered(
            String number, String seq, Integer numberYear, String typeCode, String issuerCode, LegalDocType type) {
        this.number = number;
        this.seq = seq;
        this.numberYear = numberYear;
        this.typeCode = typeCode;
        this.issuerCode = issuerCode;
        this.type = type;
    }

    /** Who issued it, on which day, from which day it applies, and who signed it. */
    void issued(String issuer, LocalDate issueDate, LocalDate effectiveDate, String signer) {
        this.issuer = issuer;
        this.issueDate = issueDate;
        this.effectiveDate = effectiveDate;
        this.signer = signer;
    }

    void describe(String title, String field) {
        this.title = title;
        this.field = field;
    }

    /** Keeps the derived columns in step with what the user edits. */
    @PrePersist
    @PreUpdate
    void deriveColumns() {
        if (issueDate != null) {
            issueYear = issueDate.getYear();
        }
        String folded = SearchText.fold(String.join(" ", number, typeName(), title, issuer));
        int end = Math.min(folded.length(), SEARCH_TEXT_LENGTH);
        if (end < folded.length() && Character.isHighSurrogate(folded.charAt(end - 1))) {
            end--;
        }
        searchText = folded.substring(0, end);
    }

    /** The Vietnamese name of the type, part of the search text so "quyet dinh" finds decisions. */
    private String typeName() {
        return switch (type) {
            case LUAT -> "Luật";
            case NGHI_QUYET -> "Nghị quyết";
            case NGHI_DINH -> "Nghị định";
            case QUYET_DINH -> "Quyết định";
            case CHI_THI -> "Chỉ thị";
            case THONG_TU -> "Thông tư";
            case THONG_TU_LIEN_TICH -> "Thông tư liên tịch";
            case KE_HOACH -> "Kế hoạch";
            case BAO_CAO -> "Báo cáo";
            case TO_TRINH -> "Tờ trình";
            case THONG_BAO -> "Thông báo";
            case CHUONG_TRINH -> "Chương trình";
            case DE_AN -> "Đề án";
            case HUONG_DAN -> "Hướng dẫn";
            case CONG_VAN -> "Công văn";
            case OTHER -> "";
        };
    }
}
