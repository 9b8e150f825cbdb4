// The contact form, enhanced: a running call timer, Enter in "add a need" checks that need without
// leaving the page, and Ctrl+Enter saves. Without scripts the form works the same through the server.
(function () {
  "use strict";
  const form = document.querySelector("form.contact");
  if (!form) {
    return;
  }

  const timer = document.getElementById("call-timer");
  if (timer) {
    const start = Number(timer.dataset.start);
    const two = (n) => String(n).padStart(2, "0");
    const tick = () => {
      const seconds = Math.max(0, Math.floor((Date.now() - start) / 1000));
      const hours = Math.floor(seconds / 3600);
      const minutes = two(Math.floor((seconds % 3600) / 60)) + ":" + two(seconds % 60);
      timer.textContent = hours > 0 ? hours + ":" + minutes : minutes;
    };
    tick();
    setInterval(tick, 1000);
    timer.parentElement.hidden = false;
  }

  const normalize = (text) =>
    (text || "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

  function needBox(typed) {
    const wanted = normalize(typed);
    const boxes = Array.from(form.querySelectorAll("#needs input[type=checkbox][data-names]"));
    const names = (box) => box.dataset.names.split("|").map(normalize);
    const exact = boxes.find((box) => box.value.toLowerCase() === wanted || names(box).includes(wanted));
    if (exact) {
      return exact;
    }
    const partial = boxes.filter((box) => names(box).some((name) => name.includes(wanted)));
    return partial.length === 1 ? partial[0] : null;
  }

  const addNeed = document.getElementById("addNeed");
  const status = document.getElementById("need-status");
  if (addNeed && status) {
    addNeed.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.ctrlKey || event.metaKey) {
        return;
      }
      event.preventDefault();
      if (!addNeed.value.trim()) {
        return;
      }
      const box = needBox(addNeed.value);
      if (box) {
        box.checked = true;
        const label = form.querySelector("label[for='" + box.id + "']");
        status.textContent = status.dataset.added + " " + (label ? label.textContent : box.value);
        addNeed.value = "";
      } else {
        status.textContent = status.dataset.unknown + " " + addNeed.value.trim();
      }
    });
  }

  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.querySelector("button[value=save]").click();
    }
  });
})();
