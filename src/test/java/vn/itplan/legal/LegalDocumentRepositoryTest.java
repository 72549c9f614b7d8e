package vn.itplan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import vn.itplan.support.PostgresTest;

/** The catalogue's SQL on PostgreSQL: the diacritic-insensitive search, the filters, paging, uniqueness. */
@PostgresTest
class LegalDocumentRepositoryTest {

    @Autowired
    LegalDocumentRepository repository;

    @Autowired
    LegalDocumentService documents;

    private List<String> numbersFound(String text) {
        return numbersFound(new LegalDocumentQuery(text, null, null));
    }

    private List<String> numbersFound(LegalDocumentQuery query) {
        return documents
                .search(query, PageRequest.of(0, 100))
                .map(LegalDocument::getNumber)
                .getContent();
    }

    /** A document of this test's own, with a number no other test uses. */
    private LegalDocument saved(String number, LegalDocType type, String issuer, LocalDate issued, String title) {
        LegalDocument document = new LegalDocument(number, type, issuer, issued, title);
        LegalNumberParser.parse(number)
                .number()
                .ifPresent(n -> document.numbered(number, n.seq(), n.year(), n.typeCode(), n.issuerCode(), type));
        return repository.saveAndFlush(document);
    }

    private static String uniqueIssuer() {
        return "Sở Kiểm thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndNeedsEveryWord() {
        for (String query : List.of(
                "quyet dinh 1605",
                "Quyết định 1605",
                "QUYẾT ĐỊNH 1605",
                "1605/QĐ",
                "1605/qd",
                "1605/QD-TTG",
                "  quyet   dinh   1605  ",
                "thu tuong 1605")) {
            assertThat(numbersFound(query)).as(query).contains("1605/QĐ-TTg");
        }
        assertThat(numbersFound("quyet dinh 1605 kon tum"))
                .as("every word must occur")
                .doesNotContain("1605/QĐ-TTg");
        assertThat(numbersFound("nghi dinh 64/2007")).containsExactly("64/2007/NĐ-CP");
        assertThat(numbersFound("luat cong nghe thong tin")).contains("67/2006/QH11");
        assertThat(numbersFound("ƯDCNTT")).containsExactly("3601/BTTTT-ƯDCNTT");
        assertThat(numbersFound("36-nq/tw")).contains("36-NQ/TW");
    }

    @Test
    void theStoredPartsOfEveryDemoNumberAreWhatTheParserReads() {
        List<LegalDocument> demo = documents.findAll().stream()
                .filter(d -> !d.getNumber().startsWith("9"))
                .toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(27);
        for (LegalDocument document : demo) {
            LegalNumber number =
                    LegalNumberParser.parse(document.getNumber()).number().orElseThrow();
            assertThat(number.text()).as("standard spelling").isEqualTo(document.getNumber());
            assertThat(document.getSeq()).as(document.getNumber()).isEqualTo(number.seq());
            assertThat(document.getNumberYear()).as(document.getNumber()).isEqualTo(number.year());
            assertThat(document.getTypeCode()).as(document.getNumber()).isEqualTo(number.typeCode());
            assertThat(document.getIssuerCode()).as(document.getNumber()).isEqualTo(number.issuerCode());
            assertThat(number.possibleTypes()).as(document.getNumber()).contains(document.getType());
            if (number.year() != null) {
                assertThat(document.getIssueYear()).as(document.getNumber()).isEqualTo(number.year());
            }
        }
    }

    @Test
    void anEmptySearchListsEverythingNewestFirst() {
        List<LegalDocument> all = documents
                .search(LegalDocumentQuery.all(), PageRequest.of(0, 100))
                .getContent();
        assertThat(all).hasSizeGreaterThanOrEqualTo(27);
        assertThat(all).extracting(LegalDocument::getIssueDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void typeAndYearFilterTheResults() {
        List<LegalDocument> decisions2010 = documents
                .search(new LegalDocumentQuery("", LegalDocType.QUYET_DINH, 2010), PageRequest.of(0, 100))
                .getContent();
        assertThat(decisions2010).extracting(LegalDocument::getNumber).contains("1605/QĐ-TTg", "1388/QĐ-UBND");
        assertThat(decisions2010).allSatisfy(d -> {
            assertThat(d.getType()).isEqualTo(LegalDocType.QUYET_DINH);
            assertThat(d.getIssueYear()).isEqualTo(2010);
        });
        assertThat(numbersFound(new LegalDocumentQuery("", LegalDocType.CONG_VAN, null)))
                .contains("2016/BTTTT-THH", "1635/VP-VX")
                .doesNotContain("1605/QĐ-TTg");
        assertThat(numbersFound(new LegalDocumentQuery("1605", null, 2014)))
                .as("the letter of 2014 that mentions 1605, not the decision of 2010")
                .contains("2016/BTTTT-THH")
                .doesNotContain("1605/QĐ-TTg");
        assertThat(numbersFound(new LegalDocumentQuery("", null, 1999))).isEmpty();
        assertThat(documents.issueYears()).contains(2015, 2010, 2005).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void wildcardsQuotesAndHugeInputAreSearchedForLiterally() {
        String issuer = uniqueIssuer();
        saved(
                "9101/KH-STTTT",
                LegalDocType.KE_HOACH,
                issuer,
                LocalDate.of(2015, 3, 1),
                "Kế hoạch đạt 100% đơn vị có mạng LAN, mã 'A_B' \\ dự phòng");
        int everything = (int)
                documents.search(LegalDocumentQuery.all(), PageRequest.of(0, 1)).getTotalElements();

        assertThat(numbersFound("100%")).containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("%")).as("% is not a wildcard").containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("_")).as("_ is not a wildcard").containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("a_b")).containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("axb")).isEmpty();
        assertThat(numbersFound("'a_b'")).containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("\\")).containsExactly("9101/KH-STTTT");
        assertThat(numbersFound("' or '1'='1")).isEmpty();
        assertThat(numbersFound("%%%%")).isEmpty();
        assertThat(numbersFound("x".repeat(1000))).isEmpty();
        assertThat(numbersFound("a ".repeat(500)))
                .as("the same word 500 times is one word")
                .isNotEmpty();
        assertThat(new LegalDocumentQuery("a b c d e f g h i j k l", null, null).terms())
                .hasSize(10);
        assertThat(new LegalDocumentQuery("a b c d e f g h i j k l", null, null).termsDropped())
                .isTrue();
        assertThat(new LegalDocumentQuery("x".repeat(1000), null, null).text()).hasSize(LegalDocumentQuery.MAX_TEXT);
        assertThat(documents
                        .search(LegalDocumentQuery.all(), PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(everything);
    }

    @Test
    void pagesAreTwentyLongAndAPagePastTheEndShowsTheLastOne() {
        Page<LegalDocument> first = documents.search(LegalDocumentQuery.all(), PageRequest.of(0, 20));
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalPages()).isGreaterThanOrEqualTo(2);
        Page<LegalDocument> second = documents.search(LegalDocumentQuery.all(), PageRequest.of(1, 20));
        assertThat(second.getContent()).doesNotContainAnyElementsOf(first.getContent());
        Page<LegalDocument> beyond = documents.search(LegalDocumentQuery.all(), PageRequest.of(999, 20));
        assertThat(beyond.getNumber()).isEqualTo(beyond.getTotalPages() - 1);
        assertThat(beyond.getContent()).isNotEmpty();
        assertThat(documents
                        .search(LegalDocumentQuery.all(), PageRequest.of(0, 100_000))
                        .getSize())
                .isEqualTo(LegalDocumentService.MAX_PAGE_SIZE);
    }

    @Test
    void theSearchTextFollowsEdits() {
        String issuer = uniqueIssuer();
        LegalDocument document = saved(
                "9102/KH-STTTT",
                LegalDocType.KE_HOACH,
                issuer,
                LocalDate.of(2015, 4, 1),
                "Kế hoạch thử nghiệm chữ ký số");
        assertThat(document.getIssueYear()).isEqualTo(2015);
        assertThat(document.getSearchText()).contains("9102/kh-sttt", "ke hoach", "chu ky so");

        document.describe("Kế hoạch triển khai một cửa điện tử", null);
        document.issued(document.getIssuer(), LocalDate.of(2016, 1, 5), null, null);
        repository.saveAndFlush(document);

        assertThat(numbersFound("mot cua dien tu 9102")).containsExactly("9102/KH-STTTT");
        assertThat(numbersFound("chu ky so 9102")).isEmpty();
        assertThat(repository.findById(document.getId()).orElseThrow().getIssueYear())
                .isEqualTo(2016);
    }

    @Test
    void numberIssuerAndYearAreUniqueButNumberingRestartsEveryYear() {
        String issuer = uniqueIssuer();
        saved("9103/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2014, 5, 1), "Quyết định thứ nhất");

        assertThatThrownBy(() -> saved(
                        "9103/QĐ-STTTT",
                        LegalDocType.QUYET_DINH,
                        issuer,
                        LocalDate.of(2014, 9, 9),
                        "Cùng số, cùng cơ quan, cùng năm"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_legal_document");

        LegalDocument nextYear =
                saved("9103/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 5, 1), "Cùng số, năm sau");
        LegalDocument otherIssuer = saved(
                "9103/QĐ-STTTT",
                LegalDocType.QUYET_DINH,
                uniqueIssuer(),
                LocalDate.of(2014, 5, 1),
                "Cùng số, cơ quan khác");
        assertThat(nextYear.getId()).isNotNull();
        assertThat(otherIssuer.getId()).isNotNull();
        assertThat(repository.findByNumberAndIssueYear("9103/QĐ-STTTT", 2014)).hasSize(2);
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsRefusedByTheDatabaseToo() {
        LegalDocument document = new LegalDocument(
                "9104/QĐ-STTTT",
                LegalDocType.QUYET_DINH,
                uniqueIssuer(),
                LocalDate.of(2014, 5, 1),
                "Hiệu lực trước ngày ban hành");
        document.issued(document.getIssuer(), document.getIssueDate(), LocalDate.of(2014, 4, 30), null);
        assertThatThrownBy(() -> repository.saveAndFlush(document)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
