package vn.itplan.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.itplan.web.SearchText;

/** A legal document a plan can cite as a basis (căn cứ): a law, decree, decision, letter, ... */
@Entity
@Table(name = "legal_document")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LegalDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "search_text", nullable = false, length = 2000)
    private String searchText = "";

    @Version
    private long version;

    public LegalDocument(String number, LegalDocType type, String issuer, LocalDate issueDate, String title) {
        this.number = number;
        this.type = type;
        this.issuer = issuer;
        this.issueDate = issueDate;
        this.title = title;
    }

    /** Keeps the derived columns in step with what the user edits. */
    @PrePersist
    @PreUpdate
    void deriveColumns() {
        if (issueDate != null) {
            issueYear = issueDate.getYear();
        }
        searchText = SearchText.fold(String.join(" ", number, typeName(), title, issuer));
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
