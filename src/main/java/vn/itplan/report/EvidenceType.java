package vn.itplan.report;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The kinds of evidence document accepted, recognised from their first bytes and, for Office files, from the
 * names inside the ZIP container, never from the file name. The ZIP's central directory is read without
 * decompressing anything, so a ZIP bomb costs nothing; macro-enabled Office files are refused.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final String contentType;
    private final String extension;

    EvidenceType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String messageKey() {
        return "report.attachment.type." + name();
    }

    /** The type of these bytes, or null when they are none of the accepted kinds. */
    public static EvidenceType detect(byte[] content) {
        if (content == null) {
            return null;
        }
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return office(zipEntryNames(content));
        }
        return null;
    }

    public static EvidenceType byContentType(String contentType) {
        for (EvidenceType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        return null;
    }

    private static EvidenceType office(Set<String> names) {
        if (names == null
                || !names.contains("[Content_Types].xml")
                || names.stream()
                        .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"))) {
            return null;
        }
        boolean word = names.stream().anyMatch(n -> n.startsWith("word/"));
        boolean excel = names.stream().anyMatch(n -> n.startsWith("xl/"));
        if (word == excel) {
            return null;
        }
        return word ? DOCX : XLSX;
    }

    /** The entry names from the ZIP central directory, or null when it is not a well-formed ZIP. */
    static Set<String> zipEntryNames(byte[] zip) {
        int end = findEndOfCentralDirectory(zip);
        if (end < 0) {
            return null;
        }
        int entries = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (offset + size > end || entries > MAX_ZIP_ENTRIES) {
            return null;
        }
        Set<String> names = new HashSet<>();
        int p = (int) offset;
        for (int k = 0; k < entries; k++) {
            if (p + 46 > end || u32(zip, p) != 0x02014b50L) {
                return null;
            }
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46 + nameLength > end) {
                return null;
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int last = zip.length - 22;
        int first = Math.max(0, last - 65_535);
        for (int p = last; p >= first; p--) {
            if (u32(zip, p) == 0x06054b50L) {
                return p;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if (content[k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return ((long) u16(b, p)) | ((long) u16(b, p + 2)) << 16;
    }
}
