package vn.gov.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.dossier.web.support.Officer;

/**
 * The address everyone opens first: an officer or a citizen who is signed in is taken to where their work starts; a
 * visitor who is not goes to the citizens' look-up page, which also carries the sign-in.
 */
@Controller
class HomeController {

    /** The frame's {@code me} as the page model holds it: absent for a visitor (never an empty officer bound from the request). */
    @GetMapping("/")
    String home(Model model) {
        return "redirect:" + (model.getAttribute("me") instanceof Officer me ? me.home() : "/tra-cuu");
    }
}
