package vn.itplan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.itplan.legal.LegalNumber.Form.ADMINISTRATIVE;
import static vn.itplan.legal.LegalNumber.Form.LEGISLATIVE;
import static vn.itplan.legal.LegalNumber.Form.LETTER;
import static vn.itplan.legal.LegalNumber.Form.NORMATIVE;
import static vn.itplan.legal.LegalNumber.Form.PARTY;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.itplan.legal.LegalNumberParser.Rejected;

class LegalNumberParserTest {

    private static LegalNumber parsed(String text) {
        LegalNumberParser.Result result = LegalNumberParser.parse(text);
        assertThat(result).as(text).isInstanceOf(LegalNumberParser.Parsed.class);
        return result.number().orElseThrow();
    }

    private static Rejected rejected(String text) {
        LegalNumberParser.Result result = LegalNumberParser.parse(text);
        assertThat(result).as(text).isInstanceOf(Rejected.class);
        assertThat(result.number()).isEmpty();
        return (Rejected) result;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # as written            | seq  | year | type | issuer     | sub-unit | form           | canonical
            263/KH-UBND             | 263  | -    | KH   | UBND       | -        | ADMINISTRATIVE | 263/KH-UBND
            1605/QĐ-TTg             | 1605 | -    | QĐ   | TTg        | -        | ADMINISTRATIVE | 1605/QĐ-TTg
            1023/TTr-STTTT          | 1023 | -    | TTr  | STTTT      | -        | ADMINISTRATIVE | 1023/TTr-STTTT
            36a/NQ-CP               | 36a  | -    | NQ   | CP         | -        | ADMINISTRATIVE | 36a/NQ-CP
            64/2007/NĐ-CP           | 64   | 2007 | NĐ   | CP         | -        | NORMATIVE      | 64/2007/NĐ-CP
            06/2013/TT-BTTTT        | 06   | 2013 | TT   | BTTTT      | -        | NORMATIVE      | 06/2013/TT-BTTTT
            03/2011/CT-UBND         | 03   | 2011 | CT   | UBND       | -        | NORMATIVE      | 03/2011/CT-UBND
            48/2009/QĐ-TTg          | 48   | 2009 | QĐ   | TTg        | -        | NORMATIVE      | 48/2009/QĐ-TTg
            06/2013/TTLT-BNV-VPCP   | 06   | 2013 | TTLT | BNV-VPCP   | -        | NORMATIVE      | 06/2013/TTLT-BNV-VPCP
            55/2005/TTLT-BNV-VPCP   | 55   | 2005 | TTLT | BNV-VPCP   | -        | NORMATIVE      | 55/2005/TTLT-BNV-VPCP
            36/2016/NQ-HĐND         | 36   | 2016 | NQ   | HĐND       | -        | NORMATIVE      | 36/2016/NQ-HĐND
            67/2006/QH11            | 67   | 2006 | QH   | QH11       | -        | LEGISLATIVE    | 67/2006/QH11
            1211/2016/UBTVQH13      | 1211 | 2016 | -    | UBTVQH13   | -        | LEGISLATIVE    | 1211/2016/UBTVQH13
            2016/BTTTT-THH          | 2016 | -    | -    | BTTTT      | THH      | LETTER         | 2016/BTTTT-THH
            1635/VP-VX              | 1635 | -    | -    | VP         | VX       | LETTER         | 1635/VP-VX
            3601/BTTTT-ƯDCNTT       | 3601 | -    | -    | BTTTT      | ƯDCNTT   | LETTER         | 3601/BTTTT-ƯDCNTT
            2043/STTTT-BCVT&CNTT    | 2043 | -    | -    | STTTT      | BCVT&CNTT| LETTER         | 2043/STTTT-BCVT&CNTT
            456/UBND                | 456  | -    | -    | UBND       | -        | LETTER         | 456/UBND
            36-NQ/TW                | 36   | -    | NQ   | TW         | -        | PARTY          | 36-NQ/TW
            20-ĐA/TU                | 20   | -    | ĐA   | TU         | -        | PARTY          | 20-ĐA/TU
            157-KH/TU               | 157  | -    | KH   | TU         | -        | PARTY          | 157-KH/TU
            """)
    void everyFormOfDomainSection2_1(
            String text,
            String seq,
            Integer year,
            String type,
            String issuer,
            String subUnit,
            LegalNumber.Form form,
            String canonical) {
        LegalNumber number = parsed(text);
        assertThat(number).isEqualTo(new LegalNumber(seq, year, type, issuer, subUnit, form));
        assertThat(number.text()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            64/2007/ND-CP              | 64/2007/NĐ-CP
            64/2007/nd-cp              | 64/2007/NĐ-CP
            1605/qd-ttg                | 1605/QĐ-TTg
            1605/QD-TTG                | 1605/QĐ-TTg
            263 / KH - UBND            | 263/KH-UBND
            '  64 /2007/ NĐ-CP  '      | 64/2007/NĐ-CP
            36 - NQ / TW               | 36-NQ/TW
            20-DA/TU                   | 20-ĐA/TU
            36A/NQ-CP                  | 36a/NQ-CP
            263/KH–UBND                | 263/KH-UBND
            Số: 263/KH-UBND            | 263/KH-UBND
            so 263/KH-UBND             | 263/KH-UBND
            36/2016/NQ-HDND            | 36/2016/NQ-HĐND
            67/2006/qh11               | 67/2006/QH11
            2016/btttt-thh             | 2016/BTTTT-THH
            06/2013/tt-btttt           | 06/2013/TT-BTTTT
            1023/ttr-stttt             | 1023/TTr-STTTT
            """)
    void whatPeopleTypeIsReadAsTheStandardSpelling(String typed, String canonical) {
        assertThat(parsed(typed).text()).isEqualTo(canonical);
    }

    @Test
    void aDTypedForĐIsReadAsĐButAnĐTypedForDIsNot() {
        assertThat(parsed("12/2015/ND-CP").typeCode()).isEqualTo("NĐ");
        assertThat(parsed("12/HD-STTTT").typeCode()).as("Hướng dẫn is HD").isEqualTo("HD");
        assertThat(parsed("12/ĐA-UBND").typeCode()).isEqualTo("ĐA");
        // the Icelandic eth Ð (U+00D0) looks like Đ and is read as Đ
        assertThat(parsed("64/2007/N\u00D0-CP").typeCode()).isEqualTo("NĐ");
        // decomposed input (a base letter and combining marks) is put together first
        assertThat(parsed("3601/BTTTT-U\u031BDCNTT").subUnit()).isEqualTo("ƯDCNTT");
    }

    @Test
    void typesFollowTheTypeCode() {
        assertThat(parsed("64/2007/NĐ-CP").possibleTypes()).containsExactly(LegalDocType.NGHI_DINH);
        assertThat(parsed("67/2006/QH11").possibleTypes())
                .as("the National Assembly passes laws and resolutions with the same numbering")
                .containsExactlyInAnyOrder(LegalDocType.LUAT, LegalDocType.NGHI_QUYET);
        assertThat(parsed("1211/2016/UBTVQH13").possibleTypes())
                .containsExactlyInAnyOrder(LegalDocType.NGHI_QUYET, LegalDocType.OTHER);
        assertThat(parsed("2016/BTTTT-THH").possibleTypes())
                .containsExactlyInAnyOrder(LegalDocType.CONG_VAN, LegalDocType.OTHER);
        assertThat(parsed("06/2013/TTLT-BNV-VPCP").possibleTypes()).containsExactly(LegalDocType.THONG_TU_LIEN_TICH);
        assertThat(parsed("36-NQ/TW").possibleTypes()).containsExactly(LegalDocType.NGHI_QUYET);
        assertThat(parsed("15-CV/TU").possibleTypes()).containsExactly(LegalDocType.CONG_VAN);
        assertThat(parsed("12/QC-UBND").possibleTypes()).containsExactly(LegalDocType.OTHER);
        for (LegalDocType type : LegalDocType.values()) {
            if (type.code() != null && !type.code().equals("QH")) {
                assertThat(parsed("1/" + type.code() + "-UBND").possibleTypes())
                        .as(type.name())
                        .isEqualTo(Set.of(type));
            }
        }
    }

    @Test
    void aCodeThatIsNoTypeMakesALetter() {
        assertThat(parsed("1117/UBND-VX").form()).isEqualTo(LETTER);
        assertThat(parsed("263/KH-UBND").form()).isEqualTo(ADMINISTRATIVE);
        assertThat(parsed("1/2015/NĐ-CP").form()).isEqualTo(NORMATIVE);
        assertThat(parsed("1/2015/QH13").form()).isEqualTo(LEGISLATIVE);
        assertThat(parsed("1-NQ/TW").form()).isEqualTo(PARTY);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "abc",
                "/",
                "12//",
                "//",
                "-",
                "12/",
                "/KH-UBND",
                "12-",
                "KH-UBND/12",
                "263 KH UBND",
                "263/KH-",
                "263/-UBND",
                "263/KH--UBND",
                "263//KH-UBND",
                "64/07/NĐ-CP",
                "64/2007/NĐ-CP/",
                "64/2007/",
                "2007/64",
                "12345678/KH-UBND",
                "0/KH-UBND",
                "00/2015/NĐ-CP",
                "263/KH-UBND;drop",
                "263/KH-UBND'",
                "1%/KH-UBND",
                "263/KH_UBND",
                "<b>1/QĐ-TTg</b>",
                "36-/TW",
                "36-NQ/",
                "1/2015/QH-CP"
            })
    void garbageIsRejectedWithTheFormatReason(String text) {
        assertThat(rejected(text).reasonKey()).isEqualTo("legal.number.error.format");
    }

    @Test
    void eachRejectionSaysWhy() {
        assertThat(rejected("").reasonKey()).isEqualTo("legal.number.error.empty");
        assertThat(rejected("   ").reasonKey()).isEqualTo("legal.number.error.empty");
        assertThat(rejected(null).reasonKey()).isEqualTo("legal.number.error.empty");
        assertThat(rejected("1".repeat(200))).isEqualTo(new Rejected("legal.number.error.tooLong", "60"));
        assertThat(rejected("1/" + "A".repeat(59))).isEqualTo(new Rejected("legal.number.error.tooLong", "60"));
        assertThat(rejected("1/" + "A".repeat(10_000)).reasonKey()).isEqualTo("legal.number.error.tooLong");
        assertThat(rejected("64/1900/NĐ-CP"))
                .isEqualTo(new Rejected("legal.number.error.year", "1900", "1945", "2100"));
        assertThat(rejected("64/2207/QH11").reasonKey()).isEqualTo("legal.number.error.year");
        assertThat(rejected("12/2015/XYZ-UBND")).isEqualTo(new Rejected("legal.number.error.unknownType", "XYZ"));
        assertThat(rejected("36-XY/TW")).isEqualTo(new Rejected("legal.number.error.unknownType", "XY"));
        assertThat(rejected("12/2015/UBND")).isEqualTo(new Rejected("legal.number.error.missingType"));
        assertThat(rejected("12/2015/QĐ")).isEqualTo(new Rejected("legal.number.error.missingIssuer", "QĐ"));
        assertThat(rejected("12/qd")).isEqualTo(new Rejected("legal.number.error.missingIssuer", "QĐ"));
    }

    @Test
    void aNumberOfExactlyTheColumnSizeIsAccepted() {
        String longest = "1/" + "A".repeat(LegalNumberParser.MAX_LENGTH - 2);
        assertThat(parsed(longest).text()).hasSize(LegalNumberParser.MAX_LENGTH);
    }

    @Test
    void everyDemoNumberIsAlreadyInStandardSpelling() {
        for (String number : new String[] {
            "67/2006/QH11",
            "51/2005/QH11",
            "64/2007/NĐ-CP",
            "1605/QĐ-TTg",
            "465/QĐ-UBND",
            "1388/QĐ-UBND",
            "686/QĐ-UBND",
            "03/2011/CT-UBND",
            "170/QĐ-UBND",
            "2016/BTTTT-THH",
            "1635/VP-VX",
            "48/2009/QĐ-TTg",
            "43/2011/NĐ-CP",
            "15/CT-TTg",
            "34/2008/CT-TTg",
            "06/2013/TT-BTTTT",
            "3601/BTTTT-ƯDCNTT",
            "36-NQ/TW",
            "26/NQ-CP",
            "2634/BTTTT-THH",
            "36a/NQ-CP",
            "1819/QĐ-TTg",
            "24/2014/NĐ-CP",
            "22/2009/QĐ-UBND",
            "1117/UBND-VX",
            "1475/UBND-VX",
            "263/KH-UBND"
        }) {
            assertThat(parsed(number).text()).isEqualTo(number);
        }
    }
}
