package ca.repere.contacts.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffMembers;
import ca.repere.accounts.Users;
import ca.repere.contacts.ContactRecords;
import ca.repere.contacts.InvalidContactException;
import ca.repere.contacts.InvalidContactException.FieldProblem;
import ca.repere.contacts.TeamPlacement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where supervisors and administrators place specialists and supervisors in a centre and a team,
 * which decides who reads whose contacts. A supervisor places people in their own centre only.
 */
@Controller
@RequestMapping("/staff/equipes")
class TeamController {

  private static final Set<Role> ANSWERING = Set.of(Role.SPECIALIST, Role.SUPERVISOR);

  private final Users users;
  private final ContactRecords records;
  private final StaffMembers staff;

  TeamController(Users users, ContactRecords records, StaffMembers staff) {
    this.users = users;
    this.records = records;
    this.staff = staff;
  }

  @GetMapping
  String teams(Model model) {
    return show(me(), List.of(), null, null, null, model);
  }

  @PostMapping
  String place(
      @RequestParam(name = "member", required = false) String member,
      @RequestParam(name = "centre", required = false) String centre,
      @RequestParam(name = "team", required = false) String team,
      Model model,
      HttpServletResponse response) {
    CurrentUser me = me();
    try {
      records.placeInTeam(uuid(member), centre, team, me);
      return "redirect:/staff/equipes?place";
    } catch (InvalidContactException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return show(me, e.problems(), member, centre, team, model);
    }
  }

  private String show(
      CurrentUser me,
      List<FieldProblem> problems,
      String member,
      String centre,
      String team,
      Model model) {
    Map<UUID, TeamPlacement> placements =
        records.placements().stream()
            .collect(Collectors.toMap(TeamPlacement::userId, Function.identity()));
    TeamPlacement mine = placements.get(me.id());
    model.addAttribute("members", staff.withAnyRole(ANSWERING));
    model.addAttribute("placements", placements);
    model.addAttribute("administrator", me.has(Role.ADMINISTRATOR));
    model.addAttribute("myCentre", mine == null ? null : mine.centre());
    model.addAttribute(
        "teamNames", placements.values().stream().map(TeamPlacement::team).distinct().toList());
    model.addAttribute(
        "errors", problems.stream().collect(Collectors.groupingBy(FieldProblem::field)));
    model.addAttribute("member", member);
    model.addAttribute("centre", centre != null ? centre : (mine == null ? null : mine.centre()));
    model.addAttribute("team", team);
    return "contacts/teams";
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The signed-in supervisor or administrator; anyone else is refused (403). */
  private CurrentUser me() {
    CurrentUser me = users.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    if (!ContactRecords.mayPlace(me)) {
      throw new AccessDeniedException("Teams are placed by supervisors and administrators");
    }
    return me;
  }
}
