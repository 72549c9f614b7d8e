package vn.itplan.legal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits a Vietnamese document number ("số, ký hiệu") into its parts, for each of the forms numbers take:
 * <ul>
 *   <li>{@code 263/KH-UBND}: sequence / type - issuer (administrative documents)</li>
 *   <li>{@code 64/2007/NĐ-CP}, {@code 06/2013/TTLT-BNV-VPCP}: sequence / year / type - issuer(s)</li>
 *   <li>{@code 67/2006/QH11} (a law or resolution of the National Assembly), {@code 1211/2016/UBTVQH13}</li>
 *   <li>{@code 2016/BTTTT-THH}, {@code 1635/VP-VX}, {@code 456/UBND}: a công văn, issuer - sub-unit, no type</li>
 *   <li>{@code 36-NQ/TW}: a Party document, a hyphen before the type</li>
 * </ul>
 * It tolerates what people type: spaces around {@code /} and {@code -}, a leading "Số:", dashes other than the
 * hyphen, lower case, and D typed for Đ (ND is read as NĐ, qd as QĐ). A number of the first form whose first
 * code is not a type code is a letter: the parser cannot tell {@code 1234/CT-TTHT} (a tax-office letter) from a
 * directive, and reads it as a directive.
 */
public final class LegalNumberParser {

    /** The column size of {@code legal_document.number}. */
    public static final int MAX_LENGTH = 60;

    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2100;

    /**
     * Type codes and the document types they stand for (TTLT 55/2005/TTLT-BNV-VPCP, TT 01/2011/TT-BNV). Codes of
     * kinds the catalogue has no type for (Phương án, Quy chế, Pháp lệnh, ...) are documents of type OTHER.
     */
    private static final Map<String, Set<LegalDocType>> TYPE_CODES = typeCodes();
    /** The National Assembly's code in a law's number; only in the form {@code 67/2006/QH11}. */
    private static final String LAW_CODE = "QH";

    private static final Set<LegalDocType> LAW_TYPES = Set.of(LegalDocType.LUAT, LegalDocType.NGHI_QUYET);
    /** Issuer codes not written in capitals only. */
    private static final List<String> SPECIAL_ISSUERS = List.of("TTg", "HĐND", "BCĐ");

    private static final String SEQ = "(\\d{1,7}[A-Za-z]?)";
    private static final String CODE = "(\\p{L}[\\p{L}\\d&]*)";
    private static final String CODES = "(\\p{L}[\\p{L}\\d&]*(?:-\\p{L}[\\p{L}\\d&]*)*)";
    private static final String YEAR = "(\\d{4})";
    private static final Pattern PARTY = Pattern.compile(SEQ + "-" + CODE + "/" + CODES);
    private static final Pattern WITH_YEAR = Pattern.compile(SEQ + "/" + YEAR + "/" + CODE + "-" + CODES);
    private static final Pattern LEGISLATIVE = Pattern.compile(SEQ + "/" + YEAR + "/" + CODE);
    private static final Pattern TYPE_ISSUER = Pattern.compile(SEQ + "/" + CODE + "-" + CODES);
    private static final Pattern ISSUER_ONLY = Pattern.compile(SEQ + "/" + CODE);
    private static final Pattern NATIONAL_ASSEMBLY = Pattern.compile("QH\\d{1,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("UBTVQH\\d{1,2}", Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile(" ?([/-]) ?");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\uFF0F]");
    private static final Pattern NUMBER_PREFIX =
            Pattern.compile("^(?:số|so|no\\.?)\\s*:?\\s*(?=\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LegalNumberParser() {}

    /** What {@link #parse} answers: the parts, or why the text is not a document number. */
    public sealed interface Result permits Parsed, Rejected {

        /** The parts, if the text was a document number. */
        default Optional<LegalNumber> number() {
            return this instanceof Parsed parsed ? Optional.of(parsed.value()) : Optional.empty();
        }
    }

    /** The text is a document number. */
    public record Parsed(LegalNumber value) implements Result {}

    /**
     * The text is not a document number: {@code reasonKey} is a message key of {@code i18n/legal}, with
     * {@code args} (strings, so that years are not formatted as 2.007).
     */
    public record Rejected(String reasonKey, Object... args) implements Result {

        @Override
        public boolean equals(Object other) {
            return other instanceof Rejected r && r.reasonKey.equals(reasonKey) && Arrays.equals(r.args, args);
        }

        @Override
        public int hashCode() {
            return reasonKey.hashCode() * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return "Rejected[" + reasonKey + Arrays.toString(args) + "]";
        }
    }

    public static Result parse(String input) {
        if (input == null || input.isBlank()) {
            return new Rejected("legal.number.error.empty");
        }
        if (input.length() > 4 * MAX_LENGTH) {
            return new Rejected("legal.number.error.tooLong", String.valueOf(MAX_LENGTH));
        }
        String text = normalise(input);
        if (text.isEmpty()) {
            return new Rejected("legal.number.error.empty");
        }
        if (text.length() > MAX_LENGTH) {
            return new Rejected("legal.number.error.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (text.matches("0+[A-Za-z]?[/-].*")) {
            return new Rejected("legal.number.error.format");
        }
        Matcher m;
        if ((m = PARTY.matcher(text)).matches()) {
            return typed(m.group(1), null, m.group(2), m.group(3), LegalNumber.Form.PARTY);
        }
        if ((m = WITH_YEAR.matcher(text)).matches()) {
            Rejected badYear = checkYear(m.group(2));
            return badYear != null
                    ? badYear
                    : typed(
                            m.group(1),
                            Integer.valueOf(m.group(2)),
                            m.group(3),
                            m.group(4),
                            LegalNumber.Form.NORMATIVE);
        }
        if ((m = LEGISLATIVE.matcher(text)).matches()) {
            Rejected badYear = checkYear(m.group(2));
            return badYear != null ? badYear : legislative(m.group(1), Integer.valueOf(m.group(2)), m.group(3));
        }
        if ((m = TYPE_ISSUER.matcher(text)).matches()) {
            Optional<String> type = typeCode(m.group(2));
            if (type.isPresent()) {
                return typed(m.group(1), null, m.group(2), m.group(3), LegalNumber.Form.ADMINISTRATIVE);
            }
            return new Parsed(new LegalNumber(
                    seq(m.group(1)),
                    null,
                    null,
                    issuerCode(m.group(2)),
                    issuerCodes(m.group(3)),
                    LegalNumber.Form.LETTER));
        }
        if ((m = ISSUER_ONLY.matcher(text)).matches()) {
            Optional<String> type = typeCode(m.group(2));
            if (type.isPresent() || m.group(2).equalsIgnoreCase(LAW_CODE)) {
                return new Rejected("legal.number.error.missingIssuer", type.orElse(LAW_CODE));
            }
            return new Parsed(new LegalNumber(
                    seq(m.group(1)), null, null, issuerCode(m.group(2)), null, LegalNumber.Form.LETTER));
        }
        return new Rejected("legal.number.error.format");
    }

    /** The document types a type code stands for; empty for an unknown code. */
    static Set<LegalDocType> typesOf(String typeCode) {
        if (LAW_CODE.equals(typeCode)) {
            return LAW_TYPES;
        }
        return TYPE_CODES.getOrDefault(typeCode, Set.of());
    }

    /** The canonical spelling of a type code typed in any case, with D for Đ: "nd" → "NĐ"; empty if unknown. */
    static Optional<String> typeCode(String typed) {
        return TYPE_CODES.keySet().stream()
                .filter(code -> sameCode(typed, code))
                .findFirst();
    }

    /** The canonical text of the input: typed spaces, dashes and Đ look-alikes put right; not yet checked. */
    static String normalise(String input) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFC)
                .replace('\u00D0', 'Đ')
                .replace('\u0189', 'Đ')
                .replace('\u00F0', 'đ');
        text = DASHES.matcher(text).replaceAll("-");
        text = SLASHES.matcher(text).replaceAll("/");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        text = NUMBER_PREFIX.matcher(text).replaceFirst("");
        return SPACED_SEPARATOR.matcher(text).replaceAll("$1");
    }

    /** Leading zeros are part of the number (06/2013/TT-BTTTT); a letter suffix is written in lower case (36a). */
    private static String seq(String typed) {
        return typed.toLowerCase(Locale.ROOT);
    }

    private static Result typed(String seq, Integer year, String typed, String issuers, LegalNumber.Form form) {
        Optional<String> type = typeCode(typed);
        if (type.isEmpty()) {
            if (typed.equalsIgnoreCase(LAW_CODE)
                    || NATIONAL_ASSEMBLY.matcher(typed).matches()) {
                return new Rejected("legal.number.error.format");
            }
            return new Rejected("legal.number.error.unknownType", typed);
        }
        return new Parsed(new LegalNumber(seq(seq), year, type.get(), issuerCodes(issuers), null, form));
    }

    private static Result legislative(String seq, int year, String code) {
        if (NATIONAL_ASSEMBLY.matcher(code).matches()) {
            return new Parsed(new LegalNumber(
                    seq(seq), year, LAW_CODE, code.toUpperCase(Locale.ROOT), null, LegalNumber.Form.LEGISLATIVE));
        }
        if (STANDING_COMMITTEE.matcher(code).matches()) {
            return new Parsed(new LegalNumber(
                    seq(seq), year, null, code.toUpperCase(Locale.ROOT), null, LegalNumber.Form.LEGISLATIVE));
        }
        Optional<String> type = typeCode(code);
        if (type.isPresent()) {
            return new Rejected("legal.number.error.missingIssuer", type.get());
        }
        return new Rejected("legal.number.error.missingType");
    }

    private static Rejected checkYear(String year) {
        int value = Integer.parseInt(year);
        return value < MIN_YEAR || value > MAX_YEAR
                ? new Rejected("legal.number.error.year", year, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))
                : null;
    }

    private static String issuerCodes(String codes) {
        return Arrays.stream(codes.split("-"))
                .map(LegalNumberParser::issuerCode)
                .collect(Collectors.joining("-"));
    }

    private static String issuerCode(String typed) {
        return SPECIAL_ISSUERS.stream()
                .filter(code -> sameCode(typed, code))
                .findFirst()
                .orElseGet(() -> typed.toUpperCase(Locale.ROOT));
    }

    /** Equal ignoring case, where a typed D (or d) may stand for the code's Đ. */
    private static boolean sameCode(String typed, String code) {
        if (typed.length() != code.length()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char t = Character.toUpperCase(typed.charAt(i));
            char c = Character.toUpperCase(code.charAt(i));
            if (t != c && !(t == 'D' && c == 'Đ')) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Set<LegalDocType>> typeCodes() {
        Map<String, Set<LegalDocType>> codes = new LinkedHashMap<>();
        for (LegalDocType type : LegalDocType.values()) {
            if (type.code() != null && !LAW_CODE.equals(type.code())) {
                codes.put(type.code(), Set.of(type));
            }
        }
        // Joint resolutions, and the Party's letters (công văn: 15-CV/TU).
        codes.put("NQLT", Set.of(LegalDocType.NGHI_QUYET));
        codes.put("CV", Set.of(LegalDocType.CONG_VAN));
        for (String other : List.of("PL", "QC", "QĐi", "PA", "BB", "CĐ", "GM", "GUQ", "GGT", "GXN")) {
            codes.put(other, Set.of(LegalDocType.OTHER));
        }
        return Map.copyOf(codes);
    }
}
