package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.support.ServerTest;

/**
 * Uploads and posts through the real server (Tomcat's multipart parsing, the CSRF token in the form's body): a file
 * just over 10 MB and one over the multipart limit both end on the report's page with a clear message, never a 500
 * or a reset connection; a post too large for the server to read gets the portal's 413 page.
 */
@ServerTest
class AttachmentUploadLimitIT {

    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ReportSubmissions reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void filesTooLargeAreRefusedWithAMessageOnTheReportPage() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        long id = reports.start(data.openPeriod(), false, data.user("unit-tumorong"));
        signIn("unit-tumorong");
        String page = get("/reports/" + id + "/edit").body();
        String token = match(CSRF_META, page);

        HttpResponse<String> justOver = upload(id, token, pdf(10 * 1024 * 1024 + 1));
        assertThat(justOver.statusCode()).isEqualTo(200);
        assertThat(justOver.uri().getPath()).isEqualTo("/reports/" + id + "/edit");
        assertThat(justOver.body()).contains("Tệp lớn hơn 10 MB nên không được nhận");

        HttpResponse<String> overLimit = upload(id, token, pdf(32 * 1024 * 1024));
        assertThat(overLimit.statusCode()).isEqualTo(200);
        assertThat(overLimit.uri().getPath()).isEqualTo("/reports/" + id + "/edit");
        assertThat(overLimit.body()).contains("Tệp lớn hơn 10 MB nên không được nhận");

        HttpResponse<String> fine = upload(id, token, pdf(200 * 1024));
        assertThat(fine.body()).contains("Đã thêm tài liệu kiểm chứng");
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aLongFileNameIsKeptShortenedAndPostsTooLargeToReadGetThePortalsPage() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        long id = reports.start(data.openPeriod(), false, data.user("unit-sgtvt"));
        signIn("unit-sgtvt");
        String token = match(CSRF_META, get("/reports/" + id + "/edit").body());

        HttpResponse<String> longName = upload(id, token, "Biên bản kiểm kê ".repeat(40) + ".pdf", pdf(1024));
        assertThat(longName.body()).contains("Đã thêm tài liệu kiểm chứng");
        assertThat(jdbc.queryForObject("select file_name from report_attachment where report_id = ?", String.class, id))
                .startsWith("Biên bản kiểm kê")
                .hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH);

        HttpResponse<String> hugeName = upload(id, token, "a".repeat(20_000) + ".pdf", pdf(1024));
        assertThat(hugeName.statusCode()).isEqualTo(413);
        assertThat(hugeName.body())
                .contains("Tệp quá lớn")
                .contains("id=\"main\"")
                .doesNotContain("Apache Tomcat");

        String form = "_csrf=" + enc(token) + "&note=" + "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> hugeForm = http.send(
                HttpRequest.newBuilder(uri("/reports/" + id + "/edit"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(hugeForm.statusCode()).isEqualTo(413);
        assertThat(hugeForm.body()).contains("Tệp quá lớn").doesNotContain("Apache Tomcat");
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    /** Only the headers are sent: the declared length is enough to refuse it, and nothing is read. */
    @Test
    void aStrangersOversizedUploadIsRefusedWithoutASession() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST /reports/1/attachments HTTP/1.1\r\nHost: localhost:" + port
                                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                                    + 32 * 1024 * 1024
                                    + "\r\nAccept: text/html\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder head = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0 && head.indexOf("\r\n\r\n") < 0; b = in.read()) {
                head.append((char) b);
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 413");
            assertThat(head.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("set-cookie: jsessionid");
        }
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = EvidenceFileTest.TINY_PDF;
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private void signIn(String username) throws IOException, InterruptedException {
        String token = match(CSRF_INPUT, get("/login").body());
        String form = "username=" + enc(username) + "&password=" + enc("KonTum@2015") + "&_csrf=" + enc(token);
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(long id, String token, byte[] content)
            throws IOException, InterruptedException {
        return upload(id, token, "bien-ban.pdf", content);
    }

    /** A multipart post as the browser sends the upload form: the file, then the form's hidden CSRF field. */
    private HttpResponse<String> upload(long id, String token, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----itplan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        if (token != null) {
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/reports/" + id + "/attachments"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
