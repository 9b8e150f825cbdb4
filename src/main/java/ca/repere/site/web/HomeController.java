package ca.repere.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("firstCategories", Categories.FIRST);
    model.addAttribute("moreCategories", Categories.MORE);
    return "site/home";
  }
}
