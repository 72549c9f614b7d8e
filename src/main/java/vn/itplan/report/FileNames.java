package vn.itplan.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * File names of uploads as we keep and serve them: the last path segment only, no control, format or path
 * characters, the extension of the detected type, and for downloads an RFC 6266 / RFC 5987 header that keeps
 * Vietnamese names intact with an ASCII fallback for old clients.
 */
final class FileNames {

    /** In UTF-16 units, so that a name of emoji (two units each) fits the column in every database. */
    static final int MAX_LENGTH = 200;

    private static final String FALLBACK = "tai-lieu-kiem-chung";
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"/\\\\|?*]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FileNames() {}

    static String sanitise(String original, EvidenceType type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        name = UNSAFE.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        int room = MAX_LENGTH - type.extension().length() - 1;
        if (base.length() > room) {
            int end = Character.isLowSurrogate(base.charAt(room)) ? room - 1 : room;
            base = base.substring(0, end).strip();
        }
        return base + "." + type.extension();
    }

    /** At most {@code max} code points of {@code text} (an emoji is one code point but two chars). */
    static String capped(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** {@code attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf}. */
    static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String asciiFallback(String name) {
        String folded = name.replace('đ', 'd').replace('Đ', 'D');
        folded =
                MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return folded.replaceAll("[^A-Za-z0-9._ ()\\-]", "_");
    }

    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
