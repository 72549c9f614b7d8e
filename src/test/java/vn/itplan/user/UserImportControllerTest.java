package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;

@PostgresTest
class UserImportControllerTest {

    static final CurrentUser ADMIN = new CurrentUser(null, "t10-importer", "", "Importer", Role.ADMIN, null, true);
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SessionRepository<? extends Session> sessionStore;

    /** The administrator's browser: the preview and the passwords are kept in its session. */
    SessionCookies browser;

    @BeforeEach
    void newBrowser() {
        browser = new SessionCookies(mvc);
    }

    static String prefix() {
        return "t10i-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static byte[] csv(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    ResultActions upload(String filename, byte[] content) throws Exception {
        return browser.perform(multipart("/admin/users/import")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(user(ADMIN))
                .with(csrf()));
    }

    Document preview() throws Exception {
        return page(browser.perform(get("/admin/users/import/preview").with(user(ADMIN)))
                .andExpect(status().isOk()));
    }

    static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    String fileError(String filename, byte[] content) throws Exception {
        return page(upload(filename, content).andExpect(status().isOk()))
                .select("#file-error")
                .text();
    }

    @Test
    void everyProblemIsShownOnItsRowAndNothingIsWritten() throws Exception {
        String p = prefix();
        String file = "Tên đăng nhập;Họ và tên;Thư điện tử;Mã đơn vị\n"
                + p + "-ok;Nguyễn Văn A;a@example.invalid;STP\n"
                + p + "-twice;Trần B;;SNV\n"
                + p + "-twice;Trần C;;SNV\n"
                + "admin;Lê D;d@example.invalid;STP\n"
                + p + "-unit;Phạm E;e@example.invalid;NOWHERE\n"
                + p + "-mail;Võ F;not-an-address;STP\n"
                + p + "-noname;;g@example.invalid;STP\n";
        upload("don-vi.csv", csv(file, true)).andExpect(redirectedUrl("/admin/users/import/preview"));
        Document page = preview();
        assertThat(page.select("#import-summary").text()).isEqualTo("7 dòng, 6 dòng có lỗi.");
        assertThat(page.select("#row-2").text()).contains("Hợp lệ");
        assertThat(page.select("#row-3").text()).contains("Tên đăng nhập xuất hiện nhiều lần trong tệp.");
        assertThat(page.select("#row-4").text()).contains("Tên đăng nhập xuất hiện nhiều lần trong tệp.");
        assertThat(page.select("#row-5").text()).contains("Tên đăng nhập đã tồn tại.");
        assertThat(page.select("#row-6").text()).contains("Mã đơn vị không tồn tại.");
        assertThat(page.select("#row-7").text()).contains("Thư điện tử không hợp lệ.");
        assertThat(page.select("#row-8").text()).contains("Họ tên bị trống.");
        assertThat(page.select("#confirm-import")).isEmpty();

        browser.perform(post("/admin/users/import/confirm").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/import/preview"));
        assertThat(users.findByUsername(p + "-ok")).isEmpty();
    }

    @Test
    void aConfirmedImportCreatesEveryAccountAndThePasswordsAreDownloadedOnce() throws Exception {
        String p = prefix();
        String file = "username,full name,e-mail,unit code\r\n"
                + p + "-stp,\"Nguyễn Thị Tư, Pháp\",stp@example.invalid,stp\r\n"
                + p + "-snv,Hồ Văn Nội,,SNV\r\n\r\n";
        upload("users.csv", csv(file, false)).andExpect(redirectedUrl("/admin/users/import/preview"));
        assertThat(preview().select("#confirm-import")).hasSize(1);

        browser.perform(post("/admin/users/import/confirm").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/import/done"));
        AppUser stp = users.findByUsername(p + "-stp").orElseThrow();
        assertThat(stp.getRole()).isEqualTo(Role.UNIT_ADMIN);
        assertThat(stp.getFullName()).isEqualTo("Nguyễn Thị Tư, Pháp");
        assertThat(stp.isMustChangePassword()).isTrue();
        assertThat(users.findByUsername(p + "-snv")).isPresent();
        assertThat(audit.historyOf("USER", stp.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("USER_CREATED");
        assertThat(audit.search("USER", "t10-importer", org.springframework.data.domain.PageRequest.of(0, 50))
                        .getContent())
                .extracting(AuditEvent::getAction)
                .contains("USERS_IMPORTED");

        assertThat(page(browser.perform(get("/admin/users/import/done").with(user(ADMIN))))
                        .select("#download-passwords"))
                .hasSize(1);
        String download = browser.perform(
                        post("/admin/users/import/passwords").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = download.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFusername,full name,unit code,one-time password");
        String stpLine =
                lines.stream().filter(l -> l.startsWith(p + "-stp")).findFirst().orElseThrow();
        String password = stpLine.substring(stpLine.lastIndexOf(',') + 1);
        assertThat(encoder.matches(password, stp.getPasswordHash())).isTrue();
        Session session = sessionStore.findById(browser.sessionId());
        assertThat(session).isNotNull();
        assertThat((Object) session.getAttribute(UserImport.PASSWORDS)).isNull();

        browser.perform(post("/admin/users/import/passwords").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(page(browser.perform(get("/admin/users/import/done").with(user(ADMIN))))
                        .select("#passwords-gone"))
                .hasSize(1);
    }

    @Test
    void aConfirmIsAllOrNothingWhenTheDatabaseChangedSinceThePreview() throws Exception {
        String p = prefix();
        String file = "username,full name,e-mail,unit code\n" + p + "-a,A,,STP\n" + p + "-b,B,,SNV\n";
        upload("users.csv", csv(file, false));
        assertThat(preview().select("#confirm-import")).hasSize(1);
        // someone creates one of the usernames in the meantime
        TestRunAs.admin(() -> users.createUser(ADMIN, p + "-b", "Rung-Thong-Kon-Tum-7", "B", Role.LEADER, null));

        browser.perform(post("/admin/users/import/confirm").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/import/preview"));
        assertThat(users.findByUsername(p + "-a")).isEmpty();
        assertThat(preview().select("#row-3").text()).contains("Tên đăng nhập đã tồn tại.");
    }

    @Test
    void anXlsxFileIsReadToo() throws Exception {
        String p = prefix();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet();
            String[][] rows = {{"username", "full name", "e-mail", "unit code"}, {p + "-x", "Đinh X", "", "STC"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        upload("users.xlsx", out.toByteArray()).andExpect(redirectedUrl("/admin/users/import/preview"));
        Document page = preview();
        assertThat(page.select("#row-2").text()).contains(p + "-x", "Đinh X", "STC", "Hợp lệ");
    }

    @Test
    void badFilesGetAClearMessageNeverAnError() throws Exception {
        assertThat(fileError("notes.pdf", "%PDF-1.4".getBytes()))
                .isEqualTo("Chỉ nhập được tệp CSV (.csv) hoặc Excel (.xlsx).");
        assertThat(fileError("empty.csv", new byte[0])).isEqualTo("Tệp không có dòng nào.");
        assertThat(fileError("header-only.csv", csv("username,full name,e-mail,unit code\n", true)))
                .isEqualTo("Tệp không có dòng nào.");
        assertThat(fileError("columns.csv", csv("username;name\nx;y\n", false)))
                .startsWith("Thiếu cột: e-mail, unit code.");
        assertThat(fileError("broken.xlsx", "not a zip".getBytes()))
                .isEqualTo("Không đọc được tệp dưới dạng CSV hoặc .xlsx.");
        assertThat(fileError("latin1.csv", new byte[] {'u', ',', (byte) 0xE9, '\n'}))
                .isEqualTo("Không đọc được tệp dưới dạng CSV hoặc .xlsx.");
        StringBuilder big = new StringBuilder("username,full name,e-mail,unit code\n");
        for (int i = 0; i < 10_000; i++) {
            big.append("u").append(i).append(",N,,STP\n");
        }
        assertThat(fileError("big.csv", csv(big.toString(), false)))
                .isEqualTo("Tệp có quá nhiều dòng: mỗi lần nhập tối đa 9.999 dòng.");
        mvc.perform(multipart("/admin/users/import").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void aConfirmWithoutAPreviewSaysSo() throws Exception {
        browser.perform(post("/admin/users/import/confirm").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/import"));
        browser.perform(get("/admin/users/import/preview").with(user(ADMIN)))
                .andExpect(redirectedUrl("/admin/users/import"));
        mvc.perform(get("/admin/users/import").with(user(ADMIN))).andExpect(status().isOk());
    }

    /** Service calls made by the test itself, as an administrator. */
    static final class TestRunAs {
        static void admin(Runnable action) {
            AccountControllerTest.runAsAdmin(() -> {
                action.run();
                return null;
            });
        }
    }
}
