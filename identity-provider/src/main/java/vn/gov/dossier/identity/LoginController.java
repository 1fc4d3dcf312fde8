package vn.gov.dossier.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/** The login page, Vietnamese first ({@code ?lang=en} for English). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "lang", required = false) String lang, Model model) {
        model.addAttribute("english", "en".equals(lang));
        return "login";
    }
}
