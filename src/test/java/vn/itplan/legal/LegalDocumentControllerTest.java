package vn.itplan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.audit.AuditService;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.Flash;

@PostgresTest
class LegalDocumentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LegalDocumentService documents;

    @Autowired
    LegalDocumentAdminService admin;

    @Autowired
    AuditService audit;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    private static String uniqueIssuer() {
        return "Sở Kiểm thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Long idOf(String number) {
        return documents.search(new LegalDocumentQuery(number, null, null), PageRequest.of(0, 5)).getContent().stream()
                .filter(d -> d.getNumber().equals(number))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static MockHttpServletRequestBuilder submit(
            String path,
            String number,
            String type,
            String issuer,
            String issueDate,
            String effectiveDate,
            String title) {
        return post(path)
                .with(csrf())
                .param("number", number)
                .param("type", type)
                .param("issuer", issuer)
                .param("issueDate", issueDate)
                .param("effectiveDate", effectiveDate)
                .param("signer", "Nguyễn Văn Thử")
                .param("title", title)
                .param("field", "Công nghệ thông tin");
    }

    private MockHttpServletRequestBuilder create(
            String number, String type, String issuer, String issueDate, String effectiveDate, String title) {
        return submit("/legal-bases/new", number, type, issuer, issueDate, effectiveDate, title)
                .with(user(staff()));
    }

    // ---- list and search ----

    @Test
    void staffSeeTheCatalogueWithDatesInTheVietnameseForm() throws Exception {
        mvc.perform(get("/legal-bases").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("263/KH-UBND")))
                .andExpect(content().string(containsString("10/02/2015")))
                .andExpect(content().string(containsString("Kế hoạch")))
                .andExpect(content().string(containsString("UBND tỉnh Kon Tum")))
                .andExpect(content().string(containsString("id=\"page-next\" href=\"/legal-bases?page=1\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quyet dinh 1605", "Quyết định 1605", "1605/QĐ", "1605/qd", "1605/QD"})
    void theSearchIgnoresDiacriticsAndCase(String q) throws Exception {
        mvc.perform(get("/legal-bases").param("q", q).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">1605/QĐ-TTg<")))
                .andExpect(content().string(not(containsString(">64/2007/NĐ-CP<"))))
                .andExpect(content().string(containsString("value=\"" + q + "\"")));
    }

    @Test
    void filtersAreCarriedInTheUrlAndShownAsChosen() throws Exception {
        mvc.perform(get("/legal-bases")
                        .param("type", "QUYET_DINH")
                        .param("year", "2010")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">1605/QĐ-TTg<")))
                .andExpect(content().string(containsString(">1388/QĐ-UBND<")))
                .andExpect(content().string(not(containsString(">2016/BTTTT-THH<"))))
                .andExpect(content().string(not(containsString(">15/CT-TTg<"))))
                .andExpect(content().string(containsString("<option value=\"QUYET_DINH\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"2010\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Tìm thấy 2 văn bản phù hợp.")));
        assertThat(
                        new LegalSearchForm() {
                            {
                                setQ("quyết định 1605");
                                setType(LegalDocType.QUYET_DINH);
                                setYear(2010);
                            }
                        }.links().page(2))
                .isEqualTo("/legal-bases?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%201605&type=QUYET_DINH&year=2010&page=2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%",
                "_",
                "'",
                "\"",
                "\\",
                "' or 1=1 --",
                "%' --",
                "<script>alert(1)</script>",
                "ﾟ",
                "\u0000",
                "a b c d e f g h i j k l m"
            })
    void hostileSearchesAreHarmless(String q) throws Exception {
        mvc.perform(get("/legal-bases").param("q", q).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void hugeOrMalformedParametersAreIgnoredRatherThanFailing() throws Exception {
        mvc.perform(get("/legal-bases").param("q", "x".repeat(1000)).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy văn bản nào phù hợp")));
        mvc.perform(get("/legal-bases")
                        .param("type", "NOPE")
                        .param("year", "abc")
                        .param("page", "-3")
                        .param("size", "100000")
                        .param("sort", "password,desc")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">263/KH-UBND<")));
        mvc.perform(get("/legal-bases")
                        .param("year", "99999999999")
                        .param("page", "abc")
                        .with(user(staff())))
                .andExpect(status().isOk());
        MvcResult pastTheEnd = mvc.perform(
                        get("/legal-bases").param("page", "5000").with(user(staff())))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(pastTheEnd.getResponse().getContentAsString()).contains("id=\"page-previous\"");
        mvc.perform(get("/legal-bases").param("q", "a b c d e f g h i j k l").with(user(staff())))
                .andExpect(content().string(containsString("chỉ tìm theo 10 từ đầu tiên")));
    }

    // ---- create ----

    @Test
    void aValidDocumentIsCreatedShownAndAudited() throws Exception {
        String issuer = uniqueIssuer();
        mvc.perform(create(
                        "9401 / 2015 / qd-ubnd",
                        "QUYET_DINH",
                        issuer,
                        "5/3/2015",
                        "15/03/2015",
                        "Ban hành quy chế bảo đảm an toàn thông tin"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/legal-bases/*"))
                .andExpect(flash().attribute(
                                "flash", new Flash(Flash.Kind.SUCCESS, "legal.created", "9401/2015/QĐ-UBND")));

        Long id = idOf("9401/2015/QĐ-UBND");
        LegalDocument saved = documents.get(id);
        assertThat(saved.getIssueDate()).isEqualTo(LocalDate.of(2015, 3, 5));
        assertThat(saved.getTypeCode()).isEqualTo("QĐ");
        assertThat(saved.getNumberYear()).isEqualTo(2015);
        assertThat(saved.getSigner()).isEqualTo("Nguyễn Văn Thử");
        assertThat(audit.historyOf(LegalDocumentAdminService.ENTITY, id))
                .extracting(e -> e.getActor())
                .containsExactly("itstaff");

        mvc.perform(get("/legal-bases/{id}", id).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9401/2015/QĐ-UBND")))
                .andExpect(content().string(containsString("05/03/2015")))
                .andExpect(content().string(containsString("Ban hành quy chế bảo đảm an toàn thông tin")))
                .andExpect(content().string(containsString("Thêm vào danh mục")));
    }

    @Test
    void controlCharactersNeverReachTheDatabase() throws Exception {
        mvc.perform(create(
                        "9412/QĐ-STTTT",
                        "QUYET_DINH",
                        uniqueIssuer(),
                        "10/03/2015",
                        "",
                        "Tiêu đề\u0000có\tký tự\r\nlạ"))
                .andExpect(status().is3xxRedirection());
        // the binder drops the NUL (web.UserText, as on every form); the catalogue makes the tab and line break one
        // space
        assertThat(documents.get(idOf("9412/QĐ-STTTT")).getTitle()).isEqualTo("Tiêu đềcó ký tự lạ");
    }

    @Test
    void anUnreadableNumberIsAnErrorNextToItAndTheInputIsKept() throws Exception {
        String page = mvc.perform(create("abc/xyz", "QUYET_DINH", uniqueIssuer(), "05/03/2015", "", "Tiêu đề giữ lại"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.error.format"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.getElementById("number").val()).isEqualTo("abc/xyz");
        assertThat(html.getElementById("number").hasClass("is-invalid")).isTrue();
        assertThat(html.getElementById("number-error").text()).startsWith("Không đọc được số, ký hiệu này.");
        assertThat(html.getElementById("title").val()).isEqualTo("Tiêu đề giữ lại");
        assertThat(html.getElementById("issueDate").val()).isEqualTo("05/03/2015");
    }

    @Test
    void aTypeCodeThatContradictsTheChosenTypeIsExplained() throws Exception {
        mvc.perform(create("9402/2015/NĐ-CP", "QUYET_DINH", uniqueIssuer(), "05/03/2015", "", "Sai loại"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.typeMismatch"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Ký hiệu NĐ trong số hiệu là của loại “Nghị định”, nhưng loại văn bản đã chọn là “Quyết định”.")))
                .andExpect(content().string(containsString("<option value=\"QUYET_DINH\" selected=\"selected\">")));
        mvc.perform(create("9402/2015/NĐ-CP", "NGHI_DINH", uniqueIssuer(), "05/03/2016", "", "Sai năm"))
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.yearMismatch"))
                .andExpect(
                        content().string(containsString("Số hiệu ghi năm 2015 nhưng ngày ban hành thuộc năm 2016.")));
        mvc.perform(create("9402/2015/NĐ-CP", "NGHI_DINH", uniqueIssuer(), "05/03/2016", "", "Sai năm")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The number says 2015 but the issue date is in 2016.")));
    }

    @Test
    void anImpossibleDateIsAnErrorAndTheTypedTextIsKept() throws Exception {
        mvc.perform(create("9403/QĐ-STTTT", "QUYET_DINH", uniqueIssuer(), "31/02/2015", "", "Ngày sai"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "issueDate"))
                .andExpect(content().string(containsString("value=\"31/02/2015\"")))
                .andExpect(content().string(containsString("Nhập ngày có thật theo dạng dd/MM/yyyy")));
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsAnError() throws Exception {
        mvc.perform(create("9404/QĐ-STTTT", "QUYET_DINH", uniqueIssuer(), "10/03/2015", "09/03/2015", "Hiệu lực sớm"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "effectiveDate", "legal.effectiveDate.beforeIssue"))
                .andExpect(content()
                        .string(containsString("Ngày có hiệu lực không được trước ngày ban hành (10/03/2015).")))
                .andExpect(content().string(containsString("value=\"09/03/2015\"")));
    }

    @Test
    void aDuplicateIsAnErrorNextToTheNumber() throws Exception {
        mvc.perform(create("263/kh-ubnd", "KE_HOACH", "UBND tỉnh Kon Tum", "01/12/2015", "", "Trùng số"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.duplicate"))
                .andExpect(content()
                        .string(containsString(
                                "Danh mục đã có văn bản số 263/KH-UBND của UBND tỉnh Kon Tum ban hành năm 2015.")))
                .andExpect(content().string(containsString("value=\"263/kh-ubnd\"")));
    }

    @Test
    void anOverlongTitleIsAnErrorAndKept() throws Exception {
        String title = "Trích yếu rất dài ".repeat(60);
        mvc.perform(create("9405/QĐ-STTTT", "QUYET_DINH", uniqueIssuer(), "10/03/2015", "", title))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "Size"))
                .andExpect(content().string(containsString("Tối đa 1000 ký tự.")))
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                                .getElementById("title")
                                .val())
                        .isEqualTo(title.strip()));
    }

    @Test
    void everyProblemIsShownAtOnce() throws Exception {
        mvc.perform(create("9406/2015/XYZ-UBND", "", "", "31/02/2015", "", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.error.unknownType"))
                .andExpect(model().attributeHasFieldErrors("form", "type", "issuer", "issueDate", "title"));
        mvc.perform(create("9406/QĐ-STTTT", "QUYET_DINH", uniqueIssuer(), "10/03/2015", "09/03/2015", ""))
                .andExpect(model().attributeHasFieldErrors("form", "title", "effectiveDate"));
        mvc.perform(create("", "QUYET_DINH", "x".repeat(300), "10/03/2015", "", "x"))
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "issuer", "Size"));
        mvc.perform(create("1/" + "A".repeat(100), "CONG_VAN", uniqueIssuer(), "10/03/2015", "", "x"))
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "legal.number.error.tooLong"));
        mvc.perform(create("9406/QĐ-STTTT", "NOT_A_TYPE", uniqueIssuer(), "10/03/2015", "", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "type"));
        assertThat(documents.search(new LegalDocumentQuery("9406", null, null), PageRequest.of(0, 5)))
                .isEmpty();
    }

    // ---- edit ----

    @Test
    @WithMockUser(roles = "IT_STAFF")
    void anEditIsSavedAudited() throws Exception {
        LegalDocument doc = admin.create(
                LegalDocumentAdminServiceTest.form(
                        "9407/KH-STTTT",
                        LegalDocType.KE_HOACH,
                        uniqueIssuer(),
                        LocalDate.of(2015, 4, 1),
                        "Kế hoạch cũ"),
                TestUsers.staff("itstaff"));
        mvc.perform(get("/legal-bases/{id}/edit", doc.getId()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"9407/KH-STTTT\"")))
                .andExpect(content().string(containsString("value=\"01/04/2015\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + doc.getVersion() + "\"")));

        mvc.perform(submit(
                                "/legal-bases/" + doc.getId() + "/edit",
                                "9407/KH-STTTT",
                                "KE_HOACH",
                                doc.getIssuer(),
                                "01/04/2015",
                                "",
                                "Kế hoạch mới")
                        .param("version", String.valueOf(doc.getVersion()))
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/legal-bases/" + doc.getId()))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "legal.updated", "9407/KH-STTTT")));
        assertThat(documents.get(doc.getId()).getTitle()).isEqualTo("Kế hoạch mới");
        assertThat(audit.historyOf(LegalDocumentAdminService.ENTITY, doc.getId()))
                .extracting(e -> e.getAction())
                .containsExactly("LEGAL_DOCUMENT_CREATED", "LEGAL_DOCUMENT_UPDATED");

        mvc.perform(get("/legal-bases/{id}", doc.getId()).with(user(staff())))
                .andExpect(content().string(containsString("Kế hoạch cũ")))
                .andExpect(content().string(containsString("Kế hoạch mới")));
    }

    @Test
    @WithMockUser(roles = "IT_STAFF")
    void anEditOfAnOutdatedVersionShowsTheConflictAndKeepsTheInput() throws Exception {
        LegalDocument doc = admin.create(
                LegalDocumentAdminServiceTest.form(
                        "9408/KH-STTTT", LegalDocType.KE_HOACH, uniqueIssuer(), LocalDate.of(2015, 4, 2), "Bản gốc"),
                TestUsers.staff("itstaff"));
        LegalDocumentForm theirs = LegalDocumentForm.of(doc);
        theirs.setTitle("Bản người khác vừa lưu");
        LegalDocument now = admin.update(doc.getId(), theirs, TestUsers.staff("admin"));

        mvc.perform(submit(
                                "/legal-bases/" + doc.getId() + "/edit",
                                "9408/KH-STTTT",
                                "KE_HOACH",
                                doc.getIssuer(),
                                "02/04/2015",
                                "",
                                "Bản tôi đang sửa")
                        .param("version", String.valueOf(doc.getVersion()))
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")))
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                                .getElementById("title")
                                .val())
                        .isEqualTo("Bản tôi đang sửa"))
                .andExpect(content().string(containsString("id=\"saved-values\"")))
                .andExpect(content().string(containsString("Bản người khác vừa lưu")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now.getVersion() + "\"")));
        assertThat(documents.get(doc.getId()).getTitle()).isEqualTo("Bản người khác vừa lưu");
    }

    @Test
    void unknownDocumentsAre404() throws Exception {
        mvc.perform(get("/legal-bases/{id}", 987654321).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/legal-bases/{id}/edit", 987654321).with(user(staff())))
                .andExpect(status().isNotFound());
        mvc.perform(submit("/legal-bases/987654321/edit", "1/QĐ-UBND", "QUYET_DINH", "x", "01/01/2015", "", "x")
                        .param("version", "0")
                        .with(user(staff())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/legal-bases/{id}", "abc").with(user(staff()))).andExpect(status().isBadRequest());
    }

    // ---- the live check of the number ----

    @Test
    void theNumberCheckShowsThePartsOrWhyNot() throws Exception {
        mvc.perform(get("/legal-bases/number-check")
                        .param("number", "64 / 2007 / nd-cp")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-suggested-type=\"NGHI_DINH\"")))
                .andExpect(content().string(containsString("Sẽ lưu là 64/2007/NĐ-CP")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/legal-bases/number-check")
                        .param("number", "67/2006/QH11")
                        .with(user(staff())))
                .andExpect(content().string(containsString("data-suggested-type=\"LUAT\"")));
        mvc.perform(get("/legal-bases/number-check")
                        .param("number", "1635/VP-VX")
                        .with(user(staff())))
                .andExpect(content().string(containsString("data-suggested-type=\"CONG_VAN\"")));
        mvc.perform(get("/legal-bases/number-check")
                        .param("number", "12/2015/XYZ-UBND")
                        .with(user(staff())))
                .andExpect(content().string(containsString("Không nhận ra ký hiệu loại văn bản “XYZ”")));
        mvc.perform(get("/legal-bases/number-check").param("number", "<b>x</b>").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<b>x"))));
    }

    // ---- who may do what ----

    @ParameterizedTest
    @ValueSource(strings = {"leader", "unit-dakha", "unit-stc"})
    void leadersAndUnitAdminsCannotReachTheCatalogue(String username) throws Exception {
        UserDetails other = users.loadUserByUsername(username);
        Long id = idOf("263/KH-UBND");
        for (String path : new String[] {
            "/legal-bases",
            "/legal-bases?q=1605",
            "/legal-bases/new",
            "/legal-bases/" + id,
            "/legal-bases/" + id + "/edit",
            "/legal-bases/number-check?number=1/QĐ-TTg"
        }) {
            mvc.perform(get(path).with(user(other))).andExpect(status().isForbidden());
        }
        mvc.perform(submit("/legal-bases/new", "9409/QĐ-STTTT", "QUYET_DINH", uniqueIssuer(), "01/01/2015", "", "x")
                        .with(user(other)))
                .andExpect(status().isForbidden());
        mvc.perform(submit(
                                "/legal-bases/" + id + "/edit",
                                "263/KH-UBND",
                                "KE_HOACH",
                                "UBND tỉnh Kon Tum",
                                "10/02/2015",
                                "",
                                "Bị sửa trái phép")
                        .param("version", "0")
                        .with(user(other)))
                .andExpect(status().isForbidden());
        assertThat(documents.get(id).getTitle()).doesNotContain("trái phép");
        assertThat(documents.search(new LegalDocumentQuery("9409", null, null), PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void anonymousUsersAreSentToLogIn() throws Exception {
        mvc.perform(get("/legal-bases")).andExpect(redirectedUrl("/login"));
        mvc.perform(submit("/legal-bases/new", "9410/QĐ-STTTT", "QUYET_DINH", "x", "01/01/2015", "", "x"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/legal-bases/new").with(user(staff())).param("number", "9411/QĐ-STTTT"))
                .andExpect(status().isForbidden());
    }
}
