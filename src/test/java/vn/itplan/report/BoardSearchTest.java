package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

/**
 * The board's search reads the units' folded search text (unit.Unit's {@code search_text}) on PostgreSQL: a name
 * written with diacritics is found by a query without them and the other way round, đ and Đ as d, whatever the case.
 * Each query also names this test's code prefix, so that the demo's and other tests' units never match.
 */
@PostgresTest
class BoardSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportBoardRepository board;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportTestData data;
    long period;
    String prefix;
    long education;
    long dakHa;
    long dakHaPlain;
    long dakTo;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        period = data.openPeriod();
        long root = data.unit(null, true, false, null);
        education = data.unitNamed(root, "Sở Giáo dục và Đào tạo");
        dakHa = data.unitNamed(root, "Ủy ban nhân dân huyện Đắk Hà");
        dakHaPlain = data.unitNamed(root, "UBND huyen Dak Ha (khong dau)");
        dakTo = data.unitNamed(root, "UBND HUYỆN ĐĂK TÔ");
        String code = jdbc.queryForObject("select code from unit where id = ?", String.class, education);
        prefix = code.substring(0, code.indexOf('-'));
    }

    @AfterEach
    void removeUnits() {
        data.deleteCreated();
    }

    @Test
    void aQueryWithoutDiacriticsFindsNamesWithThem() throws Exception {
        assertThat(search("dao tao")).containsExactly(education);
        assertThat(search("dak ha")).containsExactly(dakHa, dakHaPlain);
        assertThat(search("uy ban dak")).containsExactly(dakHa);
        assertThat(search("ubnd dak")).containsExactly(dakHaPlain, dakTo);
    }

    @Test
    void aQueryWithDiacriticsFindsNamesWithoutThemAndĐIsD() throws Exception {
        assertThat(search("Đắk Hà")).containsExactly(dakHa, dakHaPlain);
        assertThat(search("ĐÀO TẠO")).containsExactly(education);
        assertThat(search("đăk tô")).containsExactly(dakTo);
        assertThat(search("Đắk Glei")).isEmpty();
    }

    @Test
    void theRepositoryCountsWhatItPages() {
        BoardSelection selection = BoardSelection.of(null, null, "dak " + prefix, null);
        LocalDate today = LocalDate.now();
        assertThat(board.matching(period, selection, today)).isEqualTo(3);
        assertThat(board.page(period, selection, today, 0, 50))
                .extracting(BoardRow::unitId)
                .containsExactly(dakHa, dakHaPlain, dakTo);
    }

    /** The units of this test the board lists for {@code q}, in the board's order. */
    @SuppressWarnings("unchecked")
    private List<Long> search(String q) throws Exception {
        var result = mvc.perform(get("/reports")
                        .param("period", String.valueOf(period))
                        .param("q", q + " " + prefix)
                        .with(user(data.user("itstaff"))))
                .andExpect(status().isOk())
                .andReturn();
        Page<BoardRow> page =
                (Page<BoardRow>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(BoardRow::unitId).toList();
    }
}
