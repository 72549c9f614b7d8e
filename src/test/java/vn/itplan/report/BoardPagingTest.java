package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;

/**
 * The completeness board pages, filters, searches and sorts in SQL: 120 units of this test in a period of its own
 * (found by their codes' prefix, since other tests' units are expected in every period too); the counts stay those
 * of every expected unit; hostile page numbers answer the first or last page; the export is the whole filtered board.
 */
@PostgresTest
class BoardPagingTest {

    static final int UNITS = 120;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportTestData data;
    long period;
    String prefix;
    List<Long> units = new ArrayList<>();

    /** Unit k: submitted when k % 4 == 0 (on time), a draft when k % 4 == 1, else not started. */
    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        period = data.openPeriod();
        long root = data.unit(null, true, false, null);
        for (int k = 0; k < UNITS; k++) {
            long unit = data.unit(root, true, true, null);
            units.add(unit);
            if (k % 4 == 0) {
                data.report(unit, period, "SUBMITTED", LocalDate.now().minusDays(1));
            } else if (k % 4 == 1) {
                data.report(unit, period, "DRAFT", null);
            }
        }
        String first = jdbc.queryForObject("select code from unit where id = ?", String.class, units.get(0));
        prefix = first.substring(0, first.indexOf('-') + 1);
    }

    /** The 120 units of each test go again: left behind, they would slow every later test that lists units. */
    @AfterEach
    void deleteUnits() {
        data.deleteCreated();
    }

    CurrentUser staff() {
        return data.user("itstaff");
    }

    MvcResult board(String... params) throws Exception {
        var request = get("/reports").param("period", String.valueOf(period)).with(user(staff()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    static Page<BoardRow> page(MvcResult result) {
        return (Page<BoardRow>) result.getModelAndView().getModel().get("page");
    }

    static BoardPage boardOf(MvcResult result) {
        return (BoardPage) result.getModelAndView().getModel().get("board");
    }

    @Test
    void theBoardShowsFiftyUnitsAPageInTheUnitsOrderAndTheCountsOfEveryUnit() throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            MvcResult result = board("q", prefix, "page", String.valueOf(p));
            Page<BoardRow> page = page(result);
            assertThat(page.getTotalElements()).isEqualTo(UNITS);
            assertThat(page.getTotalPages()).isEqualTo(3);
            assertThat(page.getNumber()).isEqualTo(p);
            assertThat(page.getContent()).hasSize(p < 2 ? 50 : 20);
            page.getContent().forEach(r -> seen.add(r.unitId()));
            BoardCounts counts = boardOf(result).counts();
            assertThat(counts.expected()).as("the counts are never narrowed").isGreaterThanOrEqualTo(UNITS);
            assertThat(counts.submitted()).isGreaterThanOrEqualTo(30);
            String html = result.getResponse().getContentAsString();
            assertThat(html).contains("id=\"pagination\"").contains("id=\"board-matching\"");
        }
        assertThat(seen).as("every unit once, in the units' order").containsExactlyElementsOf(units);

        String html = board("q", prefix, "page", "1").getResponse().getContentAsString();
        assertThat(html)
                .as("the pager and the exports keep the filter")
                .contains("page=2")
                .contains("/reports/export.csv?period=" + period + "&amp;q=" + prefix);
        assertThat(html).as("rows are numbered across pages").contains(">51<");
    }

    @Test
    void stateTimelinessAndGroupFiltersAreAppliedBeforePaging() throws Exception {
        Page<BoardRow> submitted = page(board("q", prefix, "show", "SUBMITTED"));
        assertThat(submitted.getTotalElements()).isEqualTo(30);
        assertThat(submitted.getContent()).hasSize(30).allMatch(r -> r.state() == ReportState.SUBMITTED);

        Page<BoardRow> notStarted = page(board("q", prefix, "show", "NOT_STARTED"));
        assertThat(notStarted.getTotalElements()).isEqualTo(60);
        assertThat(notStarted.getContent()).hasSize(50).allMatch(r -> !r.started());

        Page<BoardRow> onTime = page(board("q", prefix, "show", "ON_TIME"));
        assertThat(onTime.getTotalElements()).isEqualTo(30);

        assertThat(page(board("q", prefix, "group", "DISTRICT")).getTotalElements())
                .as("the test's units are provincial bodies")
                .isZero();
        assertThat(page(board("q", prefix, "group", "PROVINCIAL")).getTotalElements())
                .isEqualTo(UNITS);
        assertThat(page(board("q", prefix, "show", "bogus")).getTotalElements())
                .as("an unknown filter is left out")
                .isEqualTo(UNITS);
    }

    @Test
    void theSearchFindsCodesAndNamesWithoutRegardToCaseOrDiacritics() throws Exception {
        String code7 = jdbc.queryForObject("select code from unit where id = ?", String.class, units.get(6));
        // "Đơn vị thử R…-7" in capitals, with and without diacritics
        for (String q : List.of("ĐƠN VỊ THỬ " + code7, "don vi thu " + code7.toLowerCase())) {
            Page<BoardRow> found = page(board("q", q));
            assertThat(found.getContent()).extracting(BoardRow::unitId).as(q).contains(units.get(6));
            assertThat(found.getContent()).allMatch(r -> r.unitCode().startsWith(code7));
        }
        assertThat(page(board("q", prefix + "%")).getTotalElements())
                .as("LIKE's wildcards are plain text")
                .isZero();
        assertThat(page(board("q", "x".repeat(5000))).getTotalElements()).isZero();
    }

    @Test
    void theOrdersAreAppliedBeforePaging() throws Exception {
        List<BoardRow> byState = page(board("q", prefix, "sort", "state")).getContent();
        assertThat(byState.subList(0, 30)).allMatch(r -> r.state() == ReportState.SUBMITTED);
        assertThat(byState.subList(30, 50)).allMatch(r -> !r.started());
        Page<BoardRow> lastByState = page(board("q", prefix, "sort", "state", "page", "2"));
        assertThat(lastByState.getContent()).allMatch(r -> r.state() == ReportState.DRAFT);

        List<BoardRow> byTimeliness =
                page(board("q", prefix, "sort", "timeliness")).getContent();
        assertThat(byTimeliness.get(0).timeliness()).isEqualTo(Timeliness.PENDING);
        assertThat(page(board("q", prefix, "sort", "timeliness", "page", "2")).getContent())
                .allMatch(r -> r.timeliness() == Timeliness.ON_TIME);
        String html =
                board("q", prefix, "sort", "state", "page", "1").getResponse().getContentAsString();
        assertThat(html).contains("sort=state&amp;page=2");
    }

    @Test
    void hostilePageNumbersAndSizesAnswerTheFirstOrLastPageNeverAnError() throws Exception {
        for (String first : List.of("-1", "abc", "", " ", "1e3", "0x10", "%00")) {
            assertThat(page(board("q", prefix, "page", first)).getNumber())
                    .as(first)
                    .isZero();
        }
        for (String last : List.of("3", "2147483647", "2147483648", "99999999999999999999999")) {
            Page<BoardRow> page = page(board("q", prefix, "page", last));
            assertThat(page.getNumber()).as(last).isEqualTo(2);
            assertThat(page.getContent()).hasSize(20);
        }
        for (String size : List.of("-5", "0", "abc", "1000000")) {
            assertThat(page(board("q", prefix, "size", size)).getContent())
                    .as("the page size is the board's")
                    .hasSize(50);
        }
        assertThat(page(board("q", prefix, "show", "APPROVED", "page", "7")).getContent())
                .isEmpty();
        mvc.perform(get("/reports").param("period", "abc").with(user(staff()))).andExpect(status().isBadRequest());
    }

    @Test
    void theExportIsTheWholeFilteredBoardInTheChosenOrder() throws Exception {
        String csv = mvc.perform(get("/reports/export.csv")
                        .param("period", String.valueOf(period))
                        .param("q", prefix)
                        .param("show", "NOT_STARTED")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.strip().lines().toList();
        assertThat(lines).hasSize(1 + 60);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith(prefix));

        String all = mvc.perform(get("/reports/export.csv")
                        .param("period", String.valueOf(period))
                        .param("q", prefix)
                        .with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all.strip().lines()).hasSize(1 + UNITS);
        mvc.perform(get("/reports/export.xlsx")
                        .param("period", String.valueOf(period))
                        .param("q", prefix)
                        .with(user(staff())))
                .andExpect(status().isOk());
    }

    @Test
    void approvingTogetherActsOnTheTickedReportsOfThePage() throws Exception {
        List<BoardRow> firstPage = page(board("q", prefix, "show", "SUBMITTED")).getContent();
        Set<Long> ticked = new HashSet<>();
        var request = post("/reports/approve").param("period", String.valueOf(period));
        for (BoardRow row : firstPage.subList(0, 5)) {
            request.param("ids", String.valueOf(row.reportId()));
            ticked.add(row.reportId());
        }
        mvc.perform(request.with(user(staff())).with(csrf())).andExpect(status().is3xxRedirection());
        Page<BoardRow> after = page(board("q", prefix, "show", "SUBMITTED"));
        assertThat(after.getTotalElements()).isEqualTo(25);
        assertThat(after.getContent()).noneMatch(r -> ticked.contains(r.reportId()));
        assertThat(page(board("q", prefix, "show", "APPROVED")).getTotalElements())
                .isEqualTo(5);
    }
}
