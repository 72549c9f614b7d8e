package vn.itplan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.SearchText;

/**
 * A unit's folded search text ({@code unit.search_text}, on PostgreSQL): the entity keeps it as {@link SearchText#fold}
 * makes it when a unit is created or renamed, the catalogue's search reads it (diacritics or not, đ/Đ as d, either
 * way round), and the migration that filled it for existing units (V67) folds as the entity does.
 */
@PostgresTest
@WithMockUser(roles = "IT_STAFF")
class UnitSearchTextTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    UnitAdminService admin;

    @Autowired
    UnitRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestUnits() {
        TestUnits.removeAll(repository);
    }

    Unit create(String name, String shortName) {
        UnitForm form =
                UnitForm.blank(repository.findByCode("KONTUM").orElseThrow().getId());
        form.setCode(TestUnits.PREFIX + "FOLD" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet());
        form.setName(name);
        form.setShortName(shortName);
        form.setKind(UnitKind.OTHER);
        form.setReporting(false);
        return admin.create(form, TestUsers.staff("tester"));
    }

    String stored(Unit unit) {
        return jdbc.queryForObject("select search_text from unit where id = ?", String.class, unit.getId());
    }

    @Test
    void theEntityStoresItsFoldedCodeNameAndShortNameAndKeepsThemAfterARename() {
        Unit unit = create("Ủy ban nhân dân huyện Đắk Hà", null);
        String code = unit.getCode().toLowerCase();
        assertThat(stored(unit)).isEqualTo(code + " uy ban nhan dan huyen dak ha");

        UnitForm form = UnitForm.of(repository.findById(unit.getId()).orElseThrow());
        form.setName("Sở Giáo dục và Đào tạo");
        form.setShortName("Sở GD&ĐT");
        admin.update(unit.getId(), form, TestUsers.staff("tester"));

        assertThat(stored(unit)).isEqualTo(code + " so giao duc va dao tao so gd&dt");
    }

    @Test
    void theCatalogueFindsNamesWithDiacriticsByQueriesWithoutAndTheOtherWayRound() {
        Unit accented = create("Ủy ban nhân dân huyện Đắk Hà", "UBND Đắk Hà");
        Unit plain = create("Uy ban nhan dan huyen Dak Glei", null);

        assertThat(catalogue("dak ha")).contains(accented.getId()).doesNotContain(plain.getId());
        assertThat(catalogue("ĐẮK GLEI")).contains(plain.getId()).doesNotContain(accented.getId());
        assertThat(catalogue("đắk")).contains(accented.getId(), plain.getId());
        assertThat(catalogue("ubnd dak")).contains(accented.getId()).doesNotContain(plain.getId());
    }

    @Test
    void theMigrationFoldsTheVietnameseAlphabetAsTheEntityDoes() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V67__unit_search_text.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("'([^']{100,})',\\s*'([^']{100,})'").matcher(sql);
        assertThat(m.find()).isTrue();
        String from = m.group(1);
        String to = m.group(2);
        assertThat(from).hasSameSizeAs(to);
        for (int k = 0; k < from.length(); k++) {
            assertThat(SearchText.fold(from.substring(k, k + 1))).isEqualTo(to.substring(k, k + 1));
        }
        String alphabet =
                "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz";
        for (char c : (alphabet + alphabet.toUpperCase()).toCharArray()) {
            String letter = String.valueOf(c);
            assertThat(from.contains(letter) || SearchText.fold(letter).equals(letter))
                    .as("the migration folds %s", letter)
                    .isTrue();
        }
        String name = "TEST-X Ủy ban nhân dân huyện Đắk Hà ĐĂK TÔ Sở GD&ĐT";
        assertThat(jdbc.queryForObject("select translate(?, ?, ?)", String.class, name, from, to))
                .isEqualTo(SearchText.fold(name));
    }

    private java.util.List<Long> catalogue(String q) {
        UnitSearch search = new UnitSearch();
        search.setQ(q);
        search.setView(UnitSearch.TABLE);
        return admin.catalogue(search).rows().stream()
                .filter(u -> u.getCode().startsWith(TestUnits.PREFIX))
                .map(Unit::getId)
                .toList();
    }
}
