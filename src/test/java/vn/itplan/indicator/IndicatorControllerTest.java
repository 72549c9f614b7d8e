package vn.itplan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.Flash;

@PostgresTest
class IndicatorControllerTest {

    /** Free codes for this test class: ZQ10, ZQ11, ... (the catalogue uses HT, NL, UD, DV). */
    private static final AtomicInteger NEXT = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AuditService audit;

    @Autowired
    IndicatorRepository repository;

    @Autowired
    IndicatorAdminService admin;

    /** Other features list the catalogue: the indicators made here (ZQnn) go again after each test. */
    @AfterEach
    void removeTestIndicators() {
        repository.deleteAll(repository.findAll().stream()
                .filter(i -> i.getCode().startsWith("ZQ"))
                .toList());
    }

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    static String freeCode() {
        return "ZQ" + NEXT.incrementAndGet();
    }

    MockHttpServletRequestBuilder newIndicator(String code, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameVi", "Tỷ lệ thử nghiệm " + code);
        fields.put("nameEn", "Test share " + code);
        fields.put("unitOfMeasure", "%");
        fields.put("definition", "Tử số ÷ mẫu số.");
        fields.put("aggregation", "RATIO");
        fields.put("validFromYear", "2015");
        fields.put("validToYear", "2020");
        fields.put("sortOrder", "500");
        return post("/indicators").with(user(staff())).with(csrf()).params(form(fields, overrides));
    }

    MockHttpServletRequestBuilder edit(Indicator indicator, long version, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", indicator.getCode());
        fields.put("nameVi", "Tên mới của chỉ tiêu");
        fields.put("nameEn", indicator.getNameEn());
        fields.put("unitOfMeasure", indicator.getUnitOfMeasure());
        fields.put("definition", "");
        fields.put("aggregation", "SUM");
        fields.put("validFromYear", "2015");
        fields.put("validToYear", "");
        fields.put("sortOrder", "501");
        fields.put("version", String.valueOf(version));
        return post("/indicators/{id}", indicator.getId())
                .with(user(staff()))
                .with(csrf())
                .params(form(fields, overrides));
    }

    static MultiValueMap<String, String> form(Map<String, String> fields, String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    Indicator created() throws Exception {
        String code = freeCode();
        mvc.perform(newIndicator(code)).andExpect(redirectedUrl("/indicators"));
        return indicators.findByCode(code).orElseThrow();
    }

    static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theCatalogueShowsNamesInTheInterfaceLanguage() throws Exception {
        Document vi = page(mvc.perform(get("/indicators").with(user(staff()))).andExpect(status().isOk()));
        assertThat(vi.select("#indicator-UD04 .indicator-name span").first().text())
                .isEqualTo("Tỷ lệ đơn vị triển khai phần mềm quản lý văn bản và điều hành (eOffice)");
        assertThat(vi.select("#indicator-UD04 td").get(3).text()).isEqualTo("Đếm số đơn vị (x/y đơn vị)");
        assertThat(vi.select("#indicator-UD04 td").get(4).text()).isEqualTo("từ 2013");

        Document en = page(mvc.perform(get("/indicators").param("lang", "en").with(user(staff()))));
        assertThat(en.select("#indicator-UD04 .indicator-name span").first().text())
                .isEqualTo("Units running eOffice");
        assertThat(en.select("#indicator-UD04 td").get(3).text()).isEqualTo("Count of units (x/y units)");
    }

    @Test
    void aValidIndicatorIsCreatedAndAudited() throws Exception {
        String code = freeCode();
        mvc.perform(newIndicator(code.toLowerCase()))
                .andExpect(redirectedUrl("/indicators"))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "indicator.created", code)));
        Indicator created = indicators.findByCode(code).orElseThrow();
        assertThat(created.getAggregation()).isEqualTo(Aggregation.RATIO);
        assertThat(created.getValidToYear()).isEqualTo(2020);
        assertThat(audit.historyOf("Indicator", created.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("INDICATOR_CREATED");
    }

    @Test
    void aDuplicateCodeIsAnErrorNextToTheFieldWithTheInputKept() throws Exception {
        Document html = page(mvc.perform(newIndicator("ht01", "nameVi", "Tên tôi đã gõ"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "indicator.code.duplicate")));
        assertThat(html.getElementById("code-error").text()).isEqualTo("Mã này đã được dùng cho chỉ tiêu khác.");
        assertThat(html.getElementById("code").val()).isEqualTo("HT01");
        assertThat(html.getElementById("nameVi").val()).isEqualTo("Tên tôi đã gõ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H01", "HTTT01", "HT1", "HT001", "Đ01", "HT-1", "12AB"})
    void aCodeOutsideThePatternIsRefused(String code) throws Exception {
        mvc.perform(newIndicator(code))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"));
    }

    @Test
    void namesAndUnitAreRequiredAndLengthsAreLimited() throws Exception {
        Document html = page(mvc.perform(newIndicator(
                        freeCode(),
                        "nameVi",
                        " ",
                        "nameEn",
                        "",
                        "unitOfMeasure",
                        "",
                        "definition",
                        "đ".repeat(2001),
                        "aggregation",
                        ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nameVi", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "nameEn", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitOfMeasure", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "definition", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "aggregation", "NotNull")));
        assertThat(html.getElementById("definition-error").text()).isEqualTo("Tối đa 2000 ký tự.");
        assertThat(html.getElementById("definition").val()).hasSize(2001);
    }

    @Test
    void aDuplicateCodeIsReportedTogetherWithTheOtherProblems() throws Exception {
        mvc.perform(newIndicator("UD04", "nameEn", "", "validFromYear", "2020", "validToYear", "2019"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "indicator.code.duplicate"))
                .andExpect(model().attributeHasFieldErrorCode("form", "nameEn", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "validToYear", "indicator.validTo.beforeFrom"));
    }

    @Test
    void theLastValidYearMustNotBeBeforeTheFirst() throws Exception {
        String code = freeCode();
        mvc.perform(newIndicator(code, "validFromYear", "2016", "validToYear", "2015"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "validToYear", "indicator.validTo.beforeFrom"));
        Document html = page(mvc.perform(newIndicator(code, "validFromYear", "1999", "validToYear", "năm"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "validFromYear", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("form", "validToYear", "typeMismatch")));
        assertThat(html.getElementById("validToYear").val()).isEqualTo("năm");
        assertThat(html.getElementById("validFromYear-error").text()).isEqualTo("Nhập năm từ 2000 đến 2100.");
        assertThat(indicators.findByCode(code)).isEmpty();
    }

    @Test
    void anEditIsSavedAuditedAndCannotChangeTheCode() throws Exception {
        Indicator indicator = created();
        mvc.perform(get("/indicators/{id}/edit", indicator.getId()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("readonly")));

        mvc.perform(edit(indicator, indicator.getVersion(), "code", "ZZ99")).andExpect(redirectedUrl("/indicators"));
        Indicator saved = indicators.get(indicator.getId());
        assertThat(saved.getCode()).isEqualTo(indicator.getCode());
        assertThat(indicators.findByCode("ZZ99")).isEmpty();
        assertThat(saved.getNameVi()).isEqualTo("Tên mới của chỉ tiêu");
        assertThat(saved.getDefinition()).isNull();
        AuditEvent updated = audit.historyOf("Indicator", indicator.getId()).get(1);
        assertThat(updated.getAction()).isEqualTo("INDICATOR_UPDATED");
        assertThat(updated.getSummary())
                .isEqualTo(indicator.getCode() + ": nameVi, definition, aggregation, validToYear, sortOrder");
        assertThat(updated.getDetails()).contains("aggregation: RATIO → SUM").contains("validToYear: 2020 → —");
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInput() throws Exception {
        Indicator indicator = created();
        long opened = indicator.getVersion();
        mvc.perform(edit(indicator, opened)).andExpect(redirectedUrl("/indicators"));

        Document html = page(mvc.perform(edit(indicator, opened, "nameVi", "Bản sửa muộn"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form")));
        assertThat(html.getElementById("global-errors").text()).startsWith("Người khác đã thay đổi bản ghi này");
        assertThat(html.getElementById("nameVi").val()).isEqualTo("Bản sửa muộn");
        assertThat(html.getElementById("current-values").text()).contains("Tên mới của chỉ tiêu");
        assertThat(indicators.get(indicator.getId()).getNameVi()).isEqualTo("Tên mới của chỉ tiêu");
    }

    @Test
    void anUnknownIndicatorIs404() throws Exception {
        mvc.perform(get("/indicators/{id}/edit", 987654321).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(post("/indicators/{id}", 987654321)
                        .with(user(staff()))
                        .with(csrf())
                        .param("nameVi", "x")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"leader", "unit-stc"})
    void leadersAndUnitAdminsGet403(String username) throws Exception {
        UserDetails who = users.loadUserByUsername(username);
        Indicator ht01 = indicators.findByCode("HT01").orElseThrow();
        mvc.perform(get("/indicators").with(user(who))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/new").with(user(who))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/{id}/edit", ht01.getId()).with(user(who))).andExpect(status().isForbidden());
        mvc.perform(newIndicator(freeCode()).with(user(who))).andExpect(status().isForbidden());
        mvc.perform(edit(ht01, ht01.getVersion()).with(user(who))).andExpect(status().isForbidden());
        assertThat(indicators.get(ht01.getId()).getNameVi()).isEqualTo(ht01.getNameVi());
    }

    /** The catalogue's create and update are CatalogueAdminService's, inherited: their @StaffOnly still holds. */
    @Test
    @WithMockUser(roles = "LEADER")
    void theServiceRefusesWhoIsNotStaffWhateverTheRoute() {
        Indicator ht01 = indicators.findByCode("HT01").orElseThrow();
        IndicatorForm form = IndicatorForm.of(ht01);
        form.setNameVi("Đổi tên");

        assertThatThrownBy(() -> admin.create(IndicatorForm.blank(2030), TestUsers.staff("leader")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.update(ht01.getId(), form, TestUsers.staff("leader")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.get(ht01.getId()).getNameVi()).isEqualTo(ht01.getNameVi());
    }
}
