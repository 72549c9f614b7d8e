package vn.itplan.unit;

import java.io.IOException;
import lombok.RequiredArgsConstructor;
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
import vn.itplan.web.Forms;

/**
 * {@code /units/import}: upload a CSV or .xlsx of units, see every row with its problems, confirm. Nothing is
 * written before the confirmation; the preview carries the rows it showed (as CSV) to the confirmation, which
 * checks them again and imports all or none. IT staff and administrators (SecurityConfig maps /units/**; the
 * service methods are {@code @StaffOnly}).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/units/import")
class UnitImportController {

    static final String PAGE = "units/import";

    private final UnitImportService imports;

    @GetMapping
    String form(Model model) {
        model.addAttribute("columns", UnitImportService.COLUMNS);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("maxRows", UnitImportService.MAX_ROWS);
        return PAGE;
    }

    @PostMapping
    String preview(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        UnitImportService.Preview preview = file == null || file.isEmpty()
                ? UnitImportService.Preview.refused("unitImport.file.empty")
                : imports.read(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("preview", preview);
        if (preview.ok()) {
            model.addAttribute("data", UnitImportService.asCsv(preview.rows()));
        }
        return form(model);
    }

    @PostMapping("/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String data,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        boolean imported = Forms.act(redirect, () -> imports.importAll(data, user), "unitImport.imported");
        return imported ? "redirect:/units" : "redirect:/units/import";
    }
}
