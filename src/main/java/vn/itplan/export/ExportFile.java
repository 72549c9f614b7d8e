package vn.itplan.export;

/** A generated file: its name, media type and bytes (a plan's files are small, so they are built in memory). */
public record ExportFile(String fileName, String contentType, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
