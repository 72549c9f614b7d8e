package vn.itplan.unit;

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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.Flash;

@PostgresTest
class UnitControllerTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    AuditService audit;

    @Autowired
    UnitRepository repository;

    @AfterEach
    void removeTestUnits() {
        TestUnits.removeAll(repository);
    }

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    Long province() {
        return units.findByCode("KONTUM").orElseThrow().getId();
    }

    static String uniqueCode() {
        return TestUnits.PREFIX + "MVC" + (System.nanoTime() % 1_000_000) + "-" + SEQ.incrementAndGet();
    }

    /**
     * A valid new unit under the province, not reporting (other tests count the reporting units), with
     * some fields replaced: {@code newUnit(code, "validFrom", "31/02/2015")}.
     */
    MockHttpServletRequestBuilder newUnit(String code, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", "Trung tâm thử nghiệm " + code);
        fields.put("shortName", "TT thử");
        fields.put("kind", "OTHER");
        fields.put("parentId", province().toString());
        fields.put("gsoCode", "");
        fields.put("validFrom", "01/01/2015");
        fields.put("validTo", "");
        fields.put("sortOrder", "40");
        fields.put("_reporting", "on");
        fields.put("active", "true");
        fields.put("_active", "on");
        return post("/units").with(user(staff())).with(csrf()).params(form(fields, overrides));
    }

    static MultiValueMap<String, String> form(Map<String, String> fields, String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    Unit created(String code) throws Exception {
        mvc.perform(newUnit(code)).andExpect(status().is3xxRedirection());
        return units.findByCode(code).orElseThrow();
    }

    MockHttpServletRequestBuilder edit(Unit unit, long version, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", unit.getCode());
        fields.put("name", "Tên mới do tôi gõ");
        fields.put("shortName", "");
        fields.put("kind", unit.getKind().name());
        fields.put("gsoCode", "");
        fields.put("validFrom", "01/01/2015");
        fields.put("sortOrder", "41");
        fields.put("_reporting", "on");
        fields.put("active", "true");
        fields.put("_active", "on");
        fields.put("version", String.valueOf(version));
        return post("/units/{id}", unit.getId())
                .with(user(staff()))
                .with(csrf())
                .params(form(fields, overrides));
    }

    @Test
    void staffSeeTheTreeAndTheTable() throws Exception {
        mvc.perform(get("/units").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unit-tree\"")))
                .andExpect(content().string(containsString("Ủy ban nhân dân huyện Đắk Hà")))
                .andExpect(content().string(containsString("id=\"node-" + province() + "\"")));
        mvc.perform(get("/units").param("view", "table").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"units-table\"")))
                .andExpect(content().string(containsString("615")));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        Long dakHa = units.findByCode("DAKHA").orElseThrow().getId();
        Long dakTo = units.findByCode("DAKTO").orElseThrow().getId();
        mvc.perform(get("/units").param("view", "table").param("q", "DAK HA").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unit-row-" + dakHa + "\"")))
                .andExpect(content().string(not(containsString("id=\"unit-row-" + dakTo + "\""))))
                .andExpect(content().string(containsString("value=\"DAK HA\"")));
        mvc.perform(get("/units").param("q", "dak ha").with(user(staff())))
                .andExpect(content().string(containsString("id=\"node-" + dakHa + "\"")))
                .andExpect(content().string(not(containsString("id=\"node-" + dakTo + "\""))));
        mvc.perform(get("/units").param("q", "không có đơn vị nào tên thế này").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-units\"")));
        mvc.perform(get("/units")
                        .param("kind", "<script>")
                        .param("status", "whatever")
                        .with(user(staff())))
                .andExpect(status().isOk());
    }

    /** The parent chooser shows the tree: each unit indented by its level (the page decides how, not the service). */
    @Test
    void theParentChooserIndentsEachUnitByItsLevel() throws Exception {
        Unit dakHa = units.findByCode("DAKHA").orElseThrow();
        Document html = Jsoup.parse(mvc.perform(get("/units/new").with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String nbsp = "\u00a0";
        assertThat(html.selectFirst("#parentId option[value=" + province() + "]")
                        .wholeText())
                .isEqualTo(units.get(province()).getName() + " (KONTUM)");
        assertThat(html.selectFirst("#parentId option[value=" + dakHa.getId() + "]")
                        .wholeText())
                .isEqualTo(nbsp.repeat(4 * dakHa.getLevel()) + dakHa.getName() + " (DAKHA)");
        assertThat(dakHa.getLevel()).isPositive();
    }

    @Test
    void aValidUnitIsCreatedAuditedAndShown() throws Exception {
        String code = uniqueCode().toLowerCase();
        mvc.perform(newUnit(code))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "unit.created")));

        Unit unit = units.findByCode(code.toUpperCase()).orElseThrow();
        assertThat(unit.getParentId()).isEqualTo(province());
        assertThat(unit.getLevel()).isEqualTo(1);
        assertThat(unit.isReporting()).isFalse();
        assertThat(unit.getValidFrom()).hasToString("2015-01-01");
        assertThat(audit.historyOf("Unit", unit.getId()))
                .extracting(AuditEvent::getActor)
                .containsExactly("itstaff");

        mvc.perform(get("/units/{id}", unit.getId()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UBND tỉnh Kon Tum")))
                .andExpect(content().string(containsString("id=\"no-delete-note\"")))
                .andExpect(content().string(containsString("UNIT_CREATED")))
                .andExpect(content().string(containsString("từ 01/01/2015")));
    }

    /** The binder trims every text of a form and makes a blank one null (web.InputCleaningAdvice). */
    @Test
    void typedTextIsTrimmedAndABlankOptionalFieldIsNull() throws Exception {
        String code = uniqueCode();
        mvc.perform(newUnit("  " + code + " ", "name", "  Trung tâm   cách  ", "shortName", "   ", "gsoCode", " 62 "))
                .andExpect(status().is3xxRedirection());

        Unit unit = units.findByCode(code).orElseThrow();
        assertThat(unit.getName()).isEqualTo("Trung tâm   cách");
        assertThat(unit.getShortName()).isNull();
        assertThat(unit.getGsoCode()).isEqualTo("62");
    }

    @Test
    void aDuplicateCodeIsAnErrorNextToTheFieldAndTheInputIsKept() throws Exception {
        String page = mvc.perform(newUnit("dakha", "name", "Tên tôi đã gõ"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "unit.code.duplicate"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.getElementById("code-error").text()).isEqualTo("Mã này đã được dùng cho đơn vị khác.");
        assertThat(html.getElementById("code").hasClass("is-invalid")).isTrue();
        assertThat(html.getElementById("code").val()).isEqualTo("DAKHA");
        assertThat(html.getElementById("name").val()).isEqualTo("Tên tôi đã gõ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đ", "ĐẮKHÀ", "A B", "DAK.HA", "X234567890123456789012345678901234"})
    void aBadCodeIsRefused(String code) throws Exception {
        mvc.perform(newUnit(code))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(content().string(containsString("Dùng 2–32 ký tự")));
        assertThat(units.findByCode(code.toUpperCase())).isEmpty();
    }

    @Test
    void theEndOfValidityMustNotBeBeforeItsStart() throws Exception {
        String code = uniqueCode();
        mvc.perform(newUnit(code, "validFrom", "01/06/2015", "validTo", "31/05/2015"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "validTo", "unit.validTo.beforeFrom"))
                .andExpect(content().string(containsString("value=\"31/05/2015\"")));
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void anOverLongNameAndABadGsoCodeAreRefusedWithTheInputKept() throws Exception {
        String longName = "Đ".repeat(256);
        String page = mvc.perform(
                        newUnit(uniqueCode(), "name", longName, "shortName", "x".repeat(101), "gsoCode", "61a"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "shortName", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "gsoCode", "Pattern"))
                .andExpect(content().string(containsString("Tối đa 255 ký tự.")))
                .andExpect(content().string(containsString("value=\"61a\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("name").val()).isEqualTo(longName);
    }

    @Test
    void anImpossibleDateIsAnErrorAndTheInputIsKept() throws Exception {
        mvc.perform(newUnit(uniqueCode(), "validFrom", "31/02/2015", "sortOrder", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "validFrom", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "typeMismatch"))
                .andExpect(content().string(containsString("value=\"31/02/2015\"")))
                .andExpect(content().string(containsString("Nhập ngày có thật theo dạng dd/MM/yyyy")));
    }

    @Test
    void everyProblemIsShownAtOnce() throws Exception {
        Document html = Jsoup.parse(mvc.perform(newUnit(
                        "stc",
                        "gsoCode",
                        "6x",
                        "validFrom",
                        "31/12/2015",
                        "validTo",
                        "01/01/2015",
                        "parentId",
                        "",
                        "sortOrder",
                        "nhiều"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "unit.code.duplicate"))
                .andExpect(model().attributeHasFieldErrorCode("form", "gsoCode", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "validTo", "unit.validTo.beforeFrom"))
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "unit.parent.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "typeMismatch"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.getElementById("sortOrder").val()).isEqualTo("nhiều");
        assertThat(html.getElementById("form-errors")).isNotNull();
    }

    @Test
    void aMissingOrUnknownParentIsAnErrorNotAnException() throws Exception {
        mvc.perform(newUnit(uniqueCode(), "parentId", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "unit.parent.required"));
        mvc.perform(newUnit(uniqueCode(), "parentId", "987654321"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "unit.parent.unknown"));
    }

    @Test
    void anEditIsSavedAndAudited() throws Exception {
        Unit unit = created(uniqueCode());
        mvc.perform(get("/units/{id}/edit", unit.getId()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + unit.getVersion() + "\"")));

        mvc.perform(edit(unit, unit.getVersion())).andExpect(redirectedUrl("/units/" + unit.getId()));
        assertThat(units.get(unit.getId()).getName()).isEqualTo("Tên mới do tôi gõ");
        AuditEvent updated = audit.historyOf("Unit", unit.getId()).get(1);
        assertThat(updated.getAction()).isEqualTo("UNIT_UPDATED");
        assertThat(updated.getDetails())
                .contains("name: Trung tâm thử nghiệm " + unit.getCode() + " → Tên mới do tôi gõ")
                .contains("shortName: TT thử → —")
                .contains("sortOrder: 40 → 41");
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInputAndShowsTheCurrentValues() throws Exception {
        Unit unit = created(uniqueCode());
        long opened = unit.getVersion();
        mvc.perform(edit(unit, opened)).andExpect(status().is3xxRedirection());

        String page = mvc.perform(edit(unit, opened, "name", "Sửa chồng lên"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.getElementById("global-errors").text()).startsWith("Người khác đã thay đổi bản ghi này");
        assertThat(html.getElementById("name").val()).isEqualTo("Sửa chồng lên");
        assertThat(html.getElementById("current-values").text()).contains("Tên mới do tôi gõ");
        assertThat(html.select("input[name=version]").val())
                .as("saving again after looking is possible")
                .isEqualTo(String.valueOf(units.get(unit.getId()).getVersion()));
        assertThat(units.get(unit.getId()).getName()).isEqualTo("Tên mới do tôi gõ");

        mvc.perform(edit(unit, opened, "version", "", "name", "Không có phiên bản"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")));
    }

    @Test
    void movingAndTheCycleRuleThroughThePages() throws Exception {
        Unit parent = created(uniqueCode());
        String childCode = uniqueCode();
        mvc.perform(newUnit(childCode, "parentId", parent.getId().toString())).andExpect(status().is3xxRedirection());
        Unit child = units.findByCode(childCode).orElseThrow();
        Long dakHa = units.findByCode("DAKHA").orElseThrow().getId();
        parent = units.get(parent.getId());

        mvc.perform(get("/units/{id}/move", parent.getId()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"move-subtree\"")))
                .andExpect(content().string(not(containsString("value=\"" + child.getId() + "\""))));

        mvc.perform(post("/units/{id}/move", parent.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param("parentId", child.getId().toString())
                        .param("version", String.valueOf(parent.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "unit.move.cycle"));

        mvc.perform(post("/units/{id}/move", parent.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param("parentId", dakHa.toString())
                        .param("version", String.valueOf(parent.getVersion())))
                .andExpect(redirectedUrl("/units/" + parent.getId()))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "unit.moved")));
        assertThat(units.get(child.getId()).getPath())
                .isEqualTo(units.get(dakHa).getPath() + parent.getId() + "/" + child.getId() + "/");
        assertThat(units.get(child.getId()).getLevel()).isEqualTo(3);

        mvc.perform(post("/units/{id}/move", parent.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param("parentId", province().toString())
                        .param("version", String.valueOf(parent.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")));
    }

    @Test
    void deactivatingAndReactivatingAreAuditedAndRespectTheTree() throws Exception {
        Unit parent = created(uniqueCode());
        String childCode = uniqueCode();
        mvc.perform(newUnit(childCode, "parentId", parent.getId().toString()));
        Unit child = units.findByCode(childCode).orElseThrow();

        mvc.perform(post("/units/{id}/deactivate", parent.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(units.get(parent.getId()).getVersion())))
                .andExpect(redirectedUrl("/units/" + parent.getId()))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.ERROR, "unit.deactivate.activeChildren")));
        assertThat(units.get(parent.getId()).isActive()).isTrue();

        mvc.perform(post("/units/{id}/deactivate", child.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param("version", String.valueOf(child.getVersion())))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "unit.deactivated")));
        mvc.perform(post("/units/{id}/deactivate", child.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param("version", String.valueOf(child.getVersion())))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.ERROR, "common.conflict.reload")));
        assertThat(units.get(child.getId()).isActive()).isFalse();
        mvc.perform(post("/units/{id}/reactivate", child.getId())
                        .with(user(staff()))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(units.get(child.getId()).getVersion())))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "unit.reactivated")));
        assertThat(units.get(child.getId()).isActive()).isTrue();
        assertThat(audit.historyOf("Unit", child.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("UNIT_CREATED", "UNIT_DEACTIVATED", "UNIT_REACTIVATED");
    }

    @Test
    void unknownOrMalformedIdsAreNotFoundOrBadRequestsNeverErrors() throws Exception {
        mvc.perform(get("/units/{id}", 987654321).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/units/{id}/edit", 987654321).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(post("/units/{id}/deactivate", 987654321)
                        .with(user(staff()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/abc").with(user(staff()))).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"leader", "unit-dakha"})
    void leadersAndUnitAdminsCannotReachTheCatalogue(String username) throws Exception {
        UserDetails who = users.loadUserByUsername(username);
        Long dakHa = units.findByCode("DAKHA").orElseThrow().getId();
        for (String path : new String[] {
            "/units", "/units/" + dakHa, "/units/new", "/units/" + dakHa + "/edit", "/units/" + dakHa + "/move"
        }) {
            mvc.perform(get(path).with(user(who))).andExpect(status().isForbidden());
        }
        mvc.perform(newUnit(uniqueCode()).with(user(who))).andExpect(status().isForbidden());
        for (String path : new String[] {
            "/units/" + dakHa,
            "/units/" + dakHa + "/move",
            "/units/" + dakHa + "/deactivate",
            "/units/" + dakHa + "/reactivate"
        }) {
            mvc.perform(post(path)
                            .with(user(who))
                            .with(csrf())
                            .param("parentId", province().toString())
                            .param("version", "0")
                            .param("code", "DAKHA")
                            .param("name", "x")
                            .param("kind", "OTHER"))
                    .andExpect(status().isForbidden());
        }
        assertThat(units.findByCode("DAKHA").orElseThrow().isActive()).isTrue();
    }

    @Test
    void administratorsKeepTheCatalogueToo() throws Exception {
        mvc.perform(get("/units").with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk());
        mvc.perform(newUnit(uniqueCode()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().is3xxRedirection());
    }
}
