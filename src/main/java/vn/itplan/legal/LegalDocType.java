package vn.itplan.legal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of legal and administrative documents, with the type code used in their numbers
 * (TT 01/2011/TT-BNV). A công văn (letter) has no type code.
 */
public enum LegalDocType {
    LUAT("QH"),
    NGHI_QUYET("NQ"),
    NGHI_DINH("NĐ"),
    QUYET_DINH("QĐ"),
    CHI_THI("CT"),
    THONG_TU("TT"),
    THONG_TU_LIEN_TICH("TTLT"),
    KE_HOACH("KH"),
    BAO_CAO("BC"),
    TO_TRINH("TTr"),
    THONG_BAO("TB"),
    CHUONG_TRINH("CTr"),
    DE_AN("ĐA"),
    HUONG_DAN("HD"),
    CONG_VAN(null),
    OTHER(null);

    private final String code;

    LegalDocType(String code) {
        this.code = code;
    }

    /** The type code in a document number (NĐ, QĐ, ...), or null. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "legal.type." + name();
    }

    /** The type whose code this is, ignoring case (Đ and D are different letters here). */
    public static Optional<LegalDocType> byCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code != null && t.code.equalsIgnoreCase(code))
                .findFirst();
    }
}
