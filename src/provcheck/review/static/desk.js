// The desk's keyboard and overlay. No framework, nothing fetched: the page works without it too.
"use strict";
(function () {
  // Evidence boxes are in PDF points from the page's top-left; place them as percentages of the image.
  document.querySelectorAll(".page").forEach(function (page) {
    var w = parseFloat(page.dataset.width), h = parseFloat(page.dataset.height);
    page.querySelectorAll(".box").forEach(function (box) {
      var x0 = parseFloat(box.dataset.x0), top = parseFloat(box.dataset.top);
      var x1 = parseFloat(box.dataset.x1), bottom = parseFloat(box.dataset.bottom);
      box.style.left = (100 * x0 / w) + "%";
      box.style.top = (100 * top / h) + "%";
      box.style.width = (100 * (x1 - x0) / w) + "%";
      box.style.height = (100 * (bottom - top) / h) + "%";
      box.addEventListener("click", function () { select(indexOf(box.dataset.field)); });
    });
  });

  var fields = Array.prototype.slice.call(document.querySelectorAll("li.field"));
  var current = -1;

  function indexOf(name) {
    for (var i = 0; i < fields.length; i++) { if (fields[i].dataset.field === name) { return i; } }
    return -1;
  }

  function select(i) {
    if (i < 0 || i >= fields.length) { return; }
    current = i;
    var name = fields[i].dataset.field;
    fields.forEach(function (f, j) { f.classList.toggle("active", j === i); });
    document.querySelectorAll(".box").forEach(function (b) { b.classList.toggle("active", b.dataset.field === name); });
    fields[i].scrollIntoView({ block: "nearest" });
    var box = document.querySelector('.box[data-field="' + name + '"]');
    if (box) { box.scrollIntoView({ block: "nearest" }); }
  }

  function edit(i) {
    if (i < 0) { return; }
    var input = fields[i].querySelector("input[name=value]");
    if (!input) { return; }
    input.readOnly = false;
    fields[i].querySelector("button.save").hidden = false;
    input.focus();
    input.select();
  }

  fields.forEach(function (f, i) {
    f.addEventListener("click", function () { select(i); });
    var input = f.querySelector("input[name=value]");
    if (input) { input.addEventListener("dblclick", function () { edit(i); }); }
  });

  document.addEventListener("keydown", function (e) {
    var typing = e.target.matches("input:not([readonly]), textarea, select");
    if (typing) {
      if (e.key === "Escape") { e.target.blur(); }
      return;  // Enter in an open field submits its form, as forms do
    }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === "j") { select(Math.min(current + 1, fields.length - 1)); e.preventDefault(); }
    else if (e.key === "k") { select(Math.max(current - 1, 0)); e.preventDefault(); }
    else if (e.key === "Enter" && current >= 0) { edit(current); e.preventDefault(); }
    else if (e.key === "a") {
      var approve = document.getElementById("approve");
      if (approve) { approve.requestSubmit(); e.preventDefault(); }
    } else if (e.key === "n") {
      var next = document.getElementById("next");
      if (next) { window.location.href = next.href; e.preventDefault(); }
    }
  });

  var hash = window.location.hash.replace(/^#f-/, "");
  if (hash) { select(indexOf(hash)); }
})();
