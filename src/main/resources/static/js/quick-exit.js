// Quick exit: leave for a neutral site and replace this page in the history, so the back button
// does not bring someone looking over the person's shoulder back here.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("a.quick-exit").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.location.replace(link.href);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && event.shiftKey) {
      var link = document.querySelector("a.quick-exit");
      if (link) window.location.replace(link.href);
    }
  });
});
