package vn.itplan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Landing pages of the features still to come; each is replaced by its feature's own controller. */
@Controller
class PlaceholderController {

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        return placeholder(model, "nav.dashboard");
    }

    @GetMapping("/plans")
    String plans(Model model) {
        return placeholder(model, "nav.plans");
    }

    private static String placeholder(Model model, String titleKey) {
        model.addAttribute("titleKey", titleKey);
        return "home/placeholder";
    }
}
