package vn.gov.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gov.dossier.web.support.Officer;

/** The address officers open: each is taken to where their work starts. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@ModelAttribute("me") Officer me) {
        return "redirect:" + (me == null ? "/tra-cuu" : me.home());
    }
}
