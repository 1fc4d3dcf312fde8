// The little the pages need beyond htmx: the CSRF header on htmx requests, the upload progress bar, fields that show
// only for one choice, clearing old field messages before a new try, and the charts. No inline scripts (CSP).
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='csrf-token']");
    var header = document.querySelector("meta[name='csrf-header']");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (form.tagName !== "FORM") {
      return;
    }
    form.querySelectorAll(".field-error").forEach(function (slot) { slot.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (field) { field.removeAttribute("aria-invalid"); });
    var progress = form.querySelector("progress");
    if (progress && form.querySelector("input[type=file]")) {
      progress.value = 0;
      progress.hidden = false;
    }
  });

  document.addEventListener("htmx:xhr:progress", function (event) {
    var progress = event.detail.elt.querySelector && event.detail.elt.querySelector("progress");
    if (progress && event.detail.lengthComputable) {
      progress.value = Math.round(event.detail.loaded / event.detail.total * 100);
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var progress = event.detail.elt.querySelector && event.detail.elt.querySelector("progress");
    if (progress) {
      progress.hidden = true;
    }
  });

  // Marks each field a service named, so that it is announced and outlined.
  document.addEventListener("htmx:afterSwap", function () {
    document.querySelectorAll(".field-error").forEach(function (slot) {
      if (slot.textContent.trim() === "" || !slot.id) {
        return;
      }
      document.querySelectorAll("[aria-describedby~='" + slot.id + "']").forEach(function (field) {
        field.setAttribute("aria-invalid", "true");
      });
    });
  });

  // A field the clerk corrects loses its old message (the next submission says whether it is right now).
  document.addEventListener("input", function (event) {
    var described = event.target.getAttribute && event.target.getAttribute("aria-describedby");
    if (!described) {
      return;
    }
    described.split(" ").forEach(function (id) {
      var slot = document.getElementById(id);
      if (slot && slot.classList.contains("field-error")) {
        slot.textContent = "";
      }
    });
    event.target.removeAttribute("aria-invalid");
  });

  // <div data-show-when="resultDelivery=POST">: shown only while that choice is made.
  function toggle() {
    document.querySelectorAll("[data-show-when]").forEach(function (section) {
      var rule = section.getAttribute("data-show-when").split("=");
      var chosen = document.querySelector("[name='" + rule[0] + "']:checked, select[name='" + rule[0] + "']");
      section.hidden = !chosen || chosen.value !== rule[1];
    });
  }
  document.addEventListener("change", toggle);
  document.addEventListener("DOMContentLoaded", toggle);

  // Charts: <canvas data-chart="bar" data-labels='[...]' data-values='[...]' data-lines='[...]'>.
  function charts() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var labels = JSON.parse(canvas.getAttribute("data-labels"));
      var values = JSON.parse(canvas.getAttribute("data-values"));
      var colours = JSON.parse(canvas.getAttribute("data-colours") || "[\"#0b4f9c\"]");
      new window.Chart(canvas, {
        type: "bar",
        data: { labels: labels, datasets: [{ label: canvas.getAttribute("aria-label"), data: values, backgroundColor: colours }] },
        options: {
          animation: false, maintainAspectRatio: false, indexAxis: canvas.getAttribute("data-axis") || "x",
          plugins: { legend: { display: false } },
          scales: canvas.getAttribute("data-max") ? { x: { min: 0, max: Number(canvas.getAttribute("data-max")) } } : {}
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", charts);
})();
