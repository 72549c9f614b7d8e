package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/**
 * A figure's drill-down shows 50 units a page, filtered by report state and name, sorted by name or value, while the
 * figure and its coverage stay those of every unit; hostile page numbers answer the first or last page; its
 * statements do not grow with the units.
 */
@PostgresTest
class DrilldownPagingTest {

    static final int UNITS = 120;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportFixture fx;
    long period;
    long root;
    List<Long> units = new ArrayList<>();

    /** Unit k: an approved report with PCs 10 + k (UD02's numerator is ≥ 0) unless k % 3 == 2 (a draft). */
    @BeforeEach
    void setUp() {
        fx = new ReportFixture(jdbc);
        period = fx.annualPeriod().id();
        root = fx.unit("ROOT", "OTHER", null, false);
        addUnits(UNITS);
    }

    /** The 120 (or 420) units of each test go again: left behind, they would slow every later test. */
    @AfterEach
    void deleteUnits() {
        fx.deleteCreated();
    }

    void addUnits(int count) {
        int start = units.size();
        for (int k = start; k < start + count; k++) {
            long unit = fx.unit("U", "SO", root, true);
            units.add(unit);
            fx.report(unit, period, k % 3 == 2 ? "DRAFT" : "APPROVED")
                    .infrastructure(40, 10 + k, 10, 5, 1, true, k % 2 == 0, false, false, false, 10, 1)
                    .email(40, 20, true)
                    .eoffice(k % 2 == 0, false, 10, 10, 5, 5)
                    .services(1, 1, 0, 0)
                    .save();
        }
    }

    UserDetails leader() {
        return users.loadUserByUsername("leader");
    }

    MvcResult drill(String code, String... params) throws Exception {
        var request = get("/figures/{p}/{c}", period, code)
                .param("unit", String.valueOf(root))
                .with(user(leader()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result;
    }

    @SuppressWarnings("unchecked")
    static Page<Drilldown.Line> page(MvcResult result) {
        return (Page<Drilldown.Line>) result.getModelAndView().getModel().get("page");
    }

    static Drilldown drilldownOf(MvcResult result) {
        return (Drilldown) result.getModelAndView().getModel().get("drilldown");
    }

    @Test
    void fiftyUnitsAPageInTheUnitsOrderWithTheFigureOfEveryUnit() throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            MvcResult result = drill("UD04", "page", String.valueOf(p));
            Page<Drilldown.Line> page = page(result);
            assertThat(page.getTotalElements()).isEqualTo(UNITS);
            assertThat(page.getContent()).hasSize(p < 2 ? 50 : 20);
            page.getContent().forEach(l -> seen.add(l.unit().unitId()));
            Coverage coverage = drilldownOf(result).figure().coverage();
            assertThat(coverage.expected()).isEqualTo(UNITS);
            assertThat(coverage.approved()).isEqualTo(80);
            String html = result.getResponse().getContentAsString();
            assertThat(html).contains("id=\"pagination\"").contains("80/120");
        }
        assertThat(seen).containsExactlyElementsOf(units);
        assertThat(drill("UD04", "page", "1").getResponse().getContentAsString())
                .contains("unit=" + root + "&amp;page=2");
    }

    @Test
    void theStateAndNameFiltersNarrowTheLinesNotTheFigure() throws Exception {
        MvcResult drafts = drill("UD04", "state", "DRAFT");
        assertThat(page(drafts).getTotalElements()).isEqualTo(40);
        assertThat(page(drafts).getContent())
                .allMatch(l -> "DRAFT".equals(l.unit().reportState()));
        assertThat(drilldownOf(drafts).figure().coverage().approved()).isEqualTo(80);
        assertThat(page(drill("UD04", "state", "NONE")).getTotalElements()).isZero();
        assertThat(page(drill("UD04", "state", "bogus")).getTotalElements()).isEqualTo(UNITS);

        String code = jdbc.queryForObject("select code from unit where id = ?", String.class, units.get(4));
        for (String q : List.of("ĐƠN VỊ " + code, "don vi " + code.toLowerCase())) {
            Page<Drilldown.Line> found = page(drill("UD04", "q", q));
            assertThat(found.getContent()).extracting(l -> l.unit().unitId()).contains(units.get(4));
            assertThat(found.getContent()).allMatch(l -> l.unit().code().startsWith(code));
        }
        assertThat(drill("UD04", "state", "DRAFT").getResponse().getContentAsString())
                .contains("id=\"drilldown-matching\"");
    }

    @Test
    void linesSortByValueHighestFirstAndByName() throws Exception {
        // UD02-like ratios vary with k; the SUM or value shown is what orders the lines: take a RATIO indicator
        String ratio = jdbc.queryForObject(
                "select i.code from indicator i join indicator_definition d on d.indicator_id = i.id"
                        + " where d.aggregation = 'RATIO' order by i.sort_order, i.code limit 1",
                String.class);
        List<Drilldown.Line> byValue = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            byValue.addAll(page(drill(ratio, "sort", "value", "page", String.valueOf(p)))
                    .getContent());
        }
        assertThat(byValue).hasSize(UNITS);
        List<Drilldown.Line> counted = byValue.subList(0, 80);
        assertThat(counted).allMatch(Drilldown.Line::counted);
        for (int i = 1; i < counted.size(); i++) {
            assertThat(counted.get(i - 1).value())
                    .isGreaterThanOrEqualTo(counted.get(i).value());
        }
        assertThat(byValue.subList(80, UNITS)).noneMatch(Drilldown.Line::counted);

        List<Drilldown.Line> byName = page(drill("UD04", "sort", "name")).getContent();
        for (int i = 1; i < byName.size(); i++) {
            assertThat(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))
                            .compare(
                                    byName.get(i - 1).unit().name(),
                                    byName.get(i).unit().name()))
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void hostilePageNumbersAndSizesAnswerTheFirstOrLastPage() throws Exception {
        for (String first : List.of("-1", "abc", "", "1.5")) {
            assertThat(page(drill("UD04", "page", first)).getNumber()).as(first).isZero();
        }
        for (String last : List.of("3", "2147483648", "999999999999999999999")) {
            assertThat(page(drill("UD04", "page", last)).getNumber()).as(last).isEqualTo(2);
        }
        assertThat(page(drill("UD04", "size", "-1")).getContent()).hasSize(50);
        assertThat(page(drill("UD04", "size", "100000")).getContent()).hasSize(50);
        assertThat(page(drill("UD04", "q", "nothing-like-this")).getContent()).isEmpty();
    }

    @Test
    void thePageCostsTheSameStatementsWith120And420Units() throws Exception {
        int before = statements();
        addUnits(300);
        int after = statements();
        assertThat(page(drill("UD04")).getTotalElements()).isEqualTo(UNITS + 300);
        assertThat(after).isEqualTo(before);
    }

    private int statements() {
        return StatementCounter.count(() -> {
                    try {
                        return drill("UD04", "state", "APPROVED", "sort", "value");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .statements();
    }
}
