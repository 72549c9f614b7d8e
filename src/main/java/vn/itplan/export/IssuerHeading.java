package vn.itplan.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing-body block of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I), the place in its date line and
 * the "TM." line of a collegial body, derived from the issuer as the plan stores it: "UBND tỉnh Kon Tum" gives
 * "ỦY BAN NHÂN DÂN" / "TỈNH KON TUM", place "Kon Tum", "TM. ỦY BAN NHÂN DÂN"; "Sở Thông tin và Truyền thông tỉnh
 * Kon Tum" gives "UBND TỈNH KON TUM" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (the issuer in bold); anything else is printed
 * in capitals as it is, without a place.
 *
 * @param onBehalf the collegial body a signature is given for ("ỦY BAN NHÂN DÂN"), or null
 */
record IssuerHeading(List<Line> lines, String place, String onBehalf) {

    record Line(String text, boolean bold) {}

    private static final Locale VI = ExportText.VI;
    private static final String LEVELS = "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)";
    private static final Pattern COUNCIL = Pattern.compile(
            "^(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\\s+" + LEVELS + "\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGENCY =
            Pattern.compile("^(.+?)\\s+(tỉnh|thành phố)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static IssuerHeading of(String issuer) {
        String text = issuer == null ? "" : issuer.trim().replaceAll("\\s+", " ");
        Matcher council = COUNCIL.matcher(text);
        if (council.matches()) {
            String body = bodyName(council.group(1));
            String area = council.group(2) + " " + council.group(3);
            return new IssuerHeading(
                    List.of(new Line(body, true), new Line(area.toUpperCase(VI), true)), council.group(3), body);
        }
        Matcher agency = AGENCY.matcher(text);
        if (agency.matches()) {
            String parent = "UBND " + agency.group(2) + " " + agency.group(3);
            return new IssuerHeading(
                    List.of(
                            new Line(parent.toUpperCase(VI), false),
                            new Line(agency.group(1).toUpperCase(VI), true)),
                    agency.group(3),
                    null);
        }
        return new IssuerHeading(
                text.isEmpty() ? List.of() : List.of(new Line(text.toUpperCase(VI), true)), null, null);
    }

    private static String bodyName(String abbreviation) {
        String upper = abbreviation.toUpperCase(VI);
        return upper.equals("HĐND") || upper.startsWith("HỘI") ? "HỘI ĐỒNG NHÂN DÂN" : "ỦY BAN NHÂN DÂN";
    }
}
