package vn.itplan.export;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /plans/{id}/document.docx}, {@code /plans/{id}/tables.xlsx} and the document's preview: staff and leaders (SecurityConfig: GET
 * /plans/**). Each file is built in memory (a plan is small) and sent with its length and as an attachment named
 * after the plan number; a missing plan is a 404.
 */
@RequiredArgsConstructor
@Controller
class ExportController {

    private final ExportService exports;

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> document(@PathVariable("id") Long id) {
        return send(exports.document(id));
    }

    @GetMapping("/plans/{id}/tables.xlsx")
    ResponseEntity<byte[]> tables(@PathVariable("id") Long id) {
        return send(exports.tables(id));
    }

    /** A draft's document in the browser; an issued plan's is its frozen file, downloaded. */
    @GetMapping("/plans/{id}/preview")
    String preview(@PathVariable("id") Long id, Model model) {
        return exports.preview(id)
                .map(p -> {
                    model.addAttribute("preview", p);
                    return "export/preview";
                })
                .orElse("redirect:/plans/" + id + "/document.docx");
    }

    private static ResponseEntity<byte[]> send(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.fileName()))
                .body(file.content());
    }
}
