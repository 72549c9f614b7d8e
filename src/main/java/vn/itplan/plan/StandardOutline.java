package vn.itplan.plan;

import java.util.List;

/**
 * The standard outline of a provincial annual IT-application plan (src/docs/domain.md, Kon Tum 263/KH-UBND as the
 * model): the parts I–VII with the usual clauses under "Hiện trạng" and "Mục tiêu". Document text, in Vietnamese
 * whatever the interface language; a new plan may start from it and staff edit it freely.
 */
final class StandardOutline {

    /** A part and the titles of its clauses. */
    record Part(String title, List<String> clauses) {}

    static final List<Part> PARTS = List.of(
            new Part("Căn cứ lập Kế hoạch", List.of()),
            new Part(
                    "Hiện trạng ứng dụng công nghệ thông tin",
                    List.of(
                            "Môi trường pháp lý",
                            "Hạ tầng kỹ thuật",
                            "Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước",
                            "Ứng dụng công nghệ thông tin phục vụ người dân và doanh nghiệp",
                            "Nguồn nhân lực công nghệ thông tin",
                            "Đánh giá chung")),
            new Part("Mục tiêu", List.of("Mục tiêu chung", "Mục tiêu cụ thể")),
            new Part("Nội dung, nhiệm vụ", List.of()),
            new Part("Giải pháp", List.of()),
            new Part("Kinh phí thực hiện", List.of()),
            new Part("Tổ chức thực hiện", List.of()));

    private StandardOutline() {}
}
