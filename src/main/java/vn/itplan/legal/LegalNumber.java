package vn.itplan.legal;

import java.util.Set;

/**
 * A document number split into its parts by {@link LegalNumberParser}, in canonical spelling
 * (NĐ rather than ND, TTg, issuer codes in capitals).
 *
 * @param seq        the sequence as written, with leading zeros and a letter suffix kept: {@code 06}, {@code 36a}
 * @param year       the year in the number (normative documents, laws), or null
 * @param typeCode   the type code ({@code NĐ}, {@code KH}, {@code QH} for a law of the National Assembly), or
 *                   null when the number has none (a công văn, a Standing Committee resolution)
 * @param issuerCode the issuer: {@code CP}, {@code UBND}, {@code QH11}, {@code BNV-VPCP} (joint documents),
 *                   {@code BTTTT} (a letter, whose drafting sub-unit is {@code subUnit})
 * @param subUnit    a letter's drafting sub-unit ({@code THH} in {@code 2016/BTTTT-THH}), or null
 * @param form       how the number is built
 */
public record LegalNumber(String seq, Integer year, String typeCode, String issuerCode, String subUnit, Form form) {

    /** The ways Vietnamese document numbers are built (see {@link LegalNumberParser}). */
    public enum Form {
        /** {@code 263/KH-UBND}: sequence, type, issuer. */
        ADMINISTRATIVE,
        /** {@code 64/2007/NĐ-CP}, {@code 06/2013/TTLT-BNV-VPCP}: sequence, year, type, issuer(s). */
        NORMATIVE,
        /** {@code 67/2006/QH11}, {@code 1211/2016/UBTVQH13}: sequence, year, National Assembly body. */
        LEGISLATIVE,
        /** {@code 2016/BTTTT-THH}, {@code 1635/VP-VX}, {@code 456/UBND}: a công văn, no type code. */
        LETTER,
        /** {@code 36-NQ/TW}: Party documents, a hyphen before the type. */
        PARTY
    }

    /** The number written the standard way: {@code 64/2007/NĐ-CP}. */
    public String text() {
        return switch (form) {
            case ADMINISTRATIVE -> seq + "/" + typeCode + "-" + issuerCode;
            case NORMATIVE -> seq + "/" + year + "/" + typeCode + "-" + issuerCode;
            case LEGISLATIVE -> seq + "/" + year + "/" + issuerCode;
            case LETTER -> seq + "/" + issuerCode + (subUnit == null ? "" : "-" + subUnit);
            case PARTY -> seq + "-" + typeCode + "/" + issuerCode;
        };
    }

    /** The document types a number of this shape can belong to. */
    public Set<LegalDocType> possibleTypes() {
        if (typeCode != null) {
            return LegalNumberParser.typesOf(typeCode);
        }
        // A Standing Committee number without a type code is a resolution or an ordinance (pháp lệnh).
        return form == Form.LEGISLATIVE
                ? Set.of(LegalDocType.NGHI_QUYET, LegalDocType.OTHER)
                : Set.of(LegalDocType.CONG_VAN, LegalDocType.OTHER);
    }

    @Override
    public String toString() {
        return text();
    }
}
