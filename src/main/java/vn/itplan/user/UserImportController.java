package vn.itplan.user;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.TableDownload;

/**
 * {@code /admin/users/import}: bulk creation of unit administrators. Upload → preview (kept in the HTTP session,
 * {@link UserImport.Preview}) → confirm (all or none) → the one-time passwords, downloadable once as CSV (kept in
 * the session only until then). Administrators only.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

    private static final String UPLOAD = "users/import";

    private final UserImportService imports;

    @GetMapping
    String uploadPage() {
        return UPLOAD;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            model.addAttribute("fileError", "users.import.file.required");
            return UPLOAD;
        }
        try {
            UserImport.Preview preview = imports.preview(file.getOriginalFilename(), file.getBytes());
            session.setAttribute(UserImport.PREVIEW, preview);
        } catch (UserImportFile.BadFile e) {
            model.addAttribute("fileError", e.messageKey);
            model.addAttribute("fileErrorArgs", e.args);
            return UPLOAD;
        }
        return "redirect:/admin/users/import/preview";
    }

    @GetMapping("/preview")
    String preview(HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(UserImport.PREVIEW) instanceof UserImport.Preview preview)) {
            Flash.error(redirect, "users.import.none");
            return "redirect:/admin/users/import";
        }
        model.addAttribute("preview", preview);
        return "users/import-preview";
    }

    @PostMapping("/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(UserImport.PREVIEW) instanceof UserImport.Preview preview)) {
            Flash.error(redirect, "users.import.none");
            return "redirect:/admin/users/import";
        }
        // a username taken by someone else between the check and the insert: the whole import is rolled back
        Optional<UserImportService.Result> outcome = Forms.act(redirect, () -> imports.create(preview, user));
        if (outcome.isEmpty()) {
            return "redirect:/admin/users/import/preview";
        }
        UserImportService.Result result = outcome.get();
        if (result.passwords() == null) {
            session.setAttribute(UserImport.PREVIEW, result.preview());
            Flash.error(redirect, "users.import.hasProblems");
            return "redirect:/admin/users/import/preview";
        }
        session.removeAttribute(UserImport.PREVIEW);
        session.setAttribute(UserImport.PASSWORDS, result.passwords());
        Flash.success(
                redirect, "users.import.done", result.passwords().credentials().size());
        return "redirect:/admin/users/import/done";
    }

    @GetMapping("/done")
    String done(HttpSession session, Model model) {
        model.addAttribute("passwords", session.getAttribute(UserImport.PASSWORDS));
        return "users/import-done";
    }

    /**
     * The one-time passwords as CSV (UTF-8 with BOM), once: they leave the session as they are sent. A second
     * request goes back to the done page, which says they are gone.
     */
    @PostMapping("/passwords")
    ResponseEntity<byte[]> downloadPasswords(HttpSession session) {
        Object stored = session.getAttribute(UserImport.PASSWORDS);
        session.removeAttribute(UserImport.PASSWORDS);
        if (!(stored instanceof UserImport.Passwords passwords)) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, "/admin/users/import/done")
                    .build();
        }
        byte[] csv = TableDownload.csv(
                List.of("username", "full name", "unit code", "one-time password"),
                passwords.credentials().stream()
                        .map(c -> Arrays.asList(c.username(), c.fullName(), c.unitCode(), c.password()))
                        .toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.PRAGMA, "no-cache")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("one-time-passwords.csv")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }
}
