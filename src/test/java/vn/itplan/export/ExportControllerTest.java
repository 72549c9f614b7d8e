package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanViews;
import vn.itplan.support.PostgresTest;

/** The download routes: media types, names, lengths, who may download, and what a wrong id gives. */
@PostgresTest
class ExportControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    Long demoPlanId() {
        return plans.listByYear().stream()
                .flatMap(g -> g.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> p.getNumber().equals("263/KH-UBND") && p.getYear() == 2015 && p.getRevisionNo() == 0)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void staffDownloadTheDocumentAsAnAttachmentNamedAfterThePlanNumber() throws Exception {
        MvcResult result = mvc.perform(
                        get("/plans/{id}/document.docx", demoPlanId()).with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportFile.DOCX))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"KH-263-UBND-2015.docx\"; filename*=UTF-8''KH-263-UBND-2015.docx"))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(result.getResponse().getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
        assertThat(new Docx(body).text()).contains("Số: 263/KH-UBND");
    }

    @Test
    void leadersDownloadBothFiles() throws Exception {
        mvc.perform(get("/plans/{id}/document.docx", demoPlanId()).with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportFile.DOCX));
        MvcResult result = mvc.perform(
                        get("/plans/{id}/tables.xlsx", demoPlanId()).with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportFile.XLSX))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"KH-263-UBND-2015.xlsx\"; filename*=UTF-8''KH-263-UBND-2015.xlsx"))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(result.getResponse().getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(wb.getSheet("Nhiệm vụ")).isNotNull();
        }
    }

    @Test
    void theFilesAreVietnameseWhateverTheInterfaceLanguage() throws Exception {
        byte[] body = mvc.perform(get("/plans/{id}/document.docx", demoPlanId())
                        .param("lang", "en")
                        .header("Accept-Language", "en")
                        .with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new Docx(body).text())
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH MỤC NHIỆM VỤ, DỰ ÁN")
                .doesNotContain("SOCIALIST REPUBLIC");
    }

    @Test
    void unitAdminsMayNotDownload() throws Exception {
        mvc.perform(get("/plans/{id}/document.docx", demoPlanId()).with(user(as("unit-dakha"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/tables.xlsx", demoPlanId()).with(user(as("unit-stc"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/plans/{id}/document.docx", demoPlanId()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownPlanIsNotFoundAndABadIdIsNoServerError() throws Exception {
        mvc.perform(get("/plans/{id}/document.docx", 987654321L).with(user(as("itstaff"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/tables.xlsx", 987654321L).with(user(as("leader"))))
                .andExpect(status().isNotFound());
        int bad = mvc.perform(get("/plans/{id}/tables.xlsx", "263 or 1=1").with(user(as("itstaff"))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(bad).isBetween(400, 499);
    }

    @Test
    void thePlanPageOffersBothDownloadsToStaffAndLeaders() throws Exception {
        for (String username : new String[] {"itstaff", "leader"}) {
            mvc.perform(get("/plans/{id}", demoPlanId()).with(user(as(username))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"export-docx\"")))
                    .andExpect(content().string(containsString("href=\"/plans/" + demoPlanId() + "/document.docx\"")))
                    .andExpect(content().string(containsString("href=\"/plans/" + demoPlanId() + "/tables.xlsx\"")))
                    .andExpect(content().string(containsString("Văn bản kế hoạch (.docx)")));
        }
        mvc.perform(get("/plans/{id}", demoPlanId()).param("lang", "en").with(user(as("leader"))))
                .andExpect(content().string(containsString("Plan document (.docx)")))
                .andExpect(content().string(not(containsString("Văn bản kế hoạch (.docx)"))));
    }
}
