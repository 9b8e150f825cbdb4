// Enhancements of the public pages; every page works without them.
// The Content-Security-Policy allows no inline style: htmx must not inject its indicator styles.
if (window.htmx) {
  htmx.config.includeIndicatorStyles = false;
}
document.addEventListener("DOMContentLoaded", function () {
  // "Use my location": fills the "where" field with coordinates the search understands.
  document.querySelectorAll("button.locate").forEach(function (button) {
    if (!("geolocation" in navigator)) return;
    var form = button.closest("form");
    var field = form.querySelector("input[name=ou]");
    var status = form.querySelector(".locate-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.dataset.locating;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          field.value = position.coords.latitude.toFixed(4) + "," + position.coords.longitude.toFixed(4);
          status.textContent = "";
          field.focus();
        },
        function () {
          status.textContent = button.dataset.failed;
          field.focus();
        },
        { timeout: 10000, maximumAge: 600000 }
      );
    });
  });
  // "Print" links, shown only where printing can be started from the page.
  document.querySelectorAll("a.print-link").forEach(function (link) {
    link.hidden = false;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.print();
    });
  });
  // The shared link is selected in one tap.
  document.querySelectorAll("#share-url").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
  });
});
