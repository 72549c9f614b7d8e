package vn.itplan.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.itplan.plan.Plan;

/**
 * File names of the exports, from the plan's number: 263/KH-UBND of 2015 gives {@code KH-263-UBND-2015}; a revision
 * adds {@code -sua-doi-1}, a draft {@code -du-thao}, so that two versions of a plan never share a name.
 */
final class FileNames {

    private FileNames() {}

    static String baseName(Plan plan) {
        String number = plan.getNumber() == null ? "" : plan.getNumber().trim();
        String[] parts = number.split("/");
        String name;
        if (parts.length >= 2 && !parts[0].isBlank()) {
            String symbol = parts[parts.length - 1];
            int dash = symbol.indexOf('-');
            name = dash > 0
                    ? symbol.substring(0, dash) + "-" + parts[0] + "-" + symbol.substring(dash + 1)
                    : symbol + "-" + parts[0];
        } else {
            name = number.isEmpty() ? "KH" : number;
        }
        StringBuilder out = new StringBuilder(clean(name)).append('-').append(plan.getYear());
        if (plan.getRevisionNo() > 0) {
            out.append("-sua-doi-").append(plan.getRevisionNo());
        }
        if (plan.isDraft()) {
            out.append("-du-thao");
        }
        return out.toString();
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 / RFC 5987): the plain name for old clients,
     * the exact one (with Đ and other Vietnamese letters) for the others.
     */
    static String contentDisposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    /** Letters (Vietnamese ones too), digits, '.', '_' and '-'; anything else becomes '-'. */
    private static String clean(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-");
        cleaned = cleaned.replaceAll("^[-.]+|[-.]+$", "");
        return cleaned.isEmpty() ? "KH" : cleaned;
    }

    /** Without diacritics, Đ as D: the fallback name for clients that do not read filename*. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
