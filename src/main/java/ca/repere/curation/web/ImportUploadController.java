package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.ImportUploads;
import ca.repere.curation.ImportUploads.UploadedFile;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The HSDS import page for administrators: upload, read the dry run's report, confirm. */
@Controller
class ImportUploadController {

  private final Users users;
  private final ImportUploads uploads;

  ImportUploadController(Users users, ImportUploads uploads) {
    this.users = users;
    this.uploads = uploads;
  }

  @GetMapping("/admin/import")
  String form() {
    users.require(Role.ADMINISTRATOR);
    return "curation/import";
  }

  @PostMapping("/admin/import")
  String dryRun(
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(defaultValue = "fr") String dataLang,
      Locale locale,
      Model model)
      throws IOException {
    CurrentUser me = users.require(Role.ADMINISTRATOR);
    List<UploadedFile> uploaded = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (!file.isEmpty()) {
        uploaded.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
      }
    }
    if (uploaded.isEmpty()) {
      model.addAttribute("noFile", true);
      return "curation/import";
    }
    ImportUploads.Prepared prepared = uploads.dryRun(me, uploaded, Lang.parse(dataLang), locale);
    model.addAttribute("upload", prepared.id());
    model.addAttribute("dataLang", dataLang);
    model.addAttribute("report", prepared.report());
    return "curation/import-report";
  }

  @PostMapping("/admin/import/confirmer")
  String confirm(
      @RequestParam UUID upload,
      @RequestParam(defaultValue = "fr") String dataLang,
      Locale locale,
      Model model) {
    CurrentUser me = users.require(Role.ADMINISTRATOR);
    model.addAttribute("report", uploads.confirm(me, upload, Lang.parse(dataLang), locale));
    return "curation/import-report";
  }
}
