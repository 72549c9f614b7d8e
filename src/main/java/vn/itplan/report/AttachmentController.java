package vn.itplan.report;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/** {@code /reports/{id}/attachments}: upload, download and remove evidence documents. */
@RequiredArgsConstructor
@Controller
@RequestMapping("/reports/{id}/attachments")
class AttachmentController {

    private final AttachmentService attachments;

    @PostMapping
    String upload(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.act(redirect, () -> attachments.add(id, file, user))
                .ifPresent(added -> Flash.success(redirect, "report.attachment.added", added.getFileName()));
        return "redirect:/reports/" + id + "/edit#evidence";
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(
            @PathVariable Long id, @PathVariable Long attachmentId, @AuthenticationPrincipal CurrentUser user) {
        AttachmentService.Download file = attachments.download(id, attachmentId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @PostMapping("/{attachmentId}/delete")
    String delete(
            @PathVariable Long id,
            @PathVariable Long attachmentId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        attachments.delete(id, attachmentId, user);
        Flash.success(redirect, "report.attachment.deleted");
        return "redirect:/reports/" + id + "/edit#evidence";
    }
}
