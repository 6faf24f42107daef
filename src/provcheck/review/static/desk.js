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

  var editing = -1;  // the field open for editing: a box drawn on a page then says where its value is

  var VALUE = "input[name=value]:not([type=hidden])";
  var target = null;  // the form a box drawn on the page goes with: the open field's, or the focused cell's

  function edit(i) {
    if (i < 0) { return; }
    // a scalar field or a policy number has one input; a holdings row one per cell, Tab moves between them
    var inputs = fields[i].querySelectorAll(VALUE);
    if (!inputs.length) { return; }
    var input = inputs[0];
    inputs.forEach(function (x) { x.readOnly = false; });
    var save = fields[i].querySelector("button.save");
    if (save) { save.hidden = false; }
    editing = i;
    target = input.form;
    document.querySelectorAll(".page").forEach(function (p) { p.classList.add("pointing"); });
    input.focus();
    input.select();
  }

  // Pointing at the value: drag a box over it (or click a word) on the page while its field is open.
  // The box goes with the correction in PDF points, so the desk can learn the label beside it.
  document.querySelectorAll(".page").forEach(function (page) {
    var w = parseFloat(page.dataset.width), h = parseFloat(page.dataset.height);
    var start = null, drawn = null;
    function at(e) {
      var r = page.getBoundingClientRect();
      return { x: Math.min(Math.max(e.clientX - r.left, 0), r.width), y: Math.min(Math.max(e.clientY - r.top, 0), r.height),
               width: r.width, height: r.height };
    }
    page.addEventListener("mousedown", function (e) {
      if (editing < 0 || e.button !== 0) { return; }
      e.preventDefault();  // no image drag, and the field stays open
      start = at(e);
      if (drawn) { drawn.remove(); }
      drawn = document.createElement("div");
      drawn.className = "pointer";
      page.appendChild(drawn);
      place(start, start);
    });
    function place(a, b) {
      drawn.style.left = Math.min(a.x, b.x) + "px";
      drawn.style.top = Math.min(a.y, b.y) + "px";
      drawn.style.width = Math.abs(b.x - a.x) + "px";
      drawn.style.height = Math.abs(b.y - a.y) + "px";
    }
    page.addEventListener("mousemove", function (e) { if (start) { place(start, at(e)); } });
    page.addEventListener("mouseup", function (e) {
      if (!start) { return; }
      var end = at(e), a = start;
      start = null;
      if (Math.abs(end.x - a.x) < 3 && Math.abs(end.y - a.y) < 3) { end = a; }  // a click: the word under it
      var sx = w / a.width, sy = h / a.height;
      var form = target || fields[editing].querySelector("form.correct");
      var box = { x0: Math.min(a.x, end.x) * sx, top: Math.min(a.y, end.y) * sy,
                  x1: Math.max(a.x, end.x) * sx, bottom: Math.max(a.y, end.y) * sy };
      form.elements.page.value = page.dataset.page;
      Object.keys(box).forEach(function (k) { form.elements[k].value = box[k].toFixed(2); });
      var shown = form.querySelector(".pointed");
      shown.hidden = false;
      shown.textContent = "pointed at page " + page.dataset.page;
      form.querySelector(VALUE).focus();
    });
  });

  fields.forEach(function (f, i) {
    f.addEventListener("click", function () { select(i); });
    f.querySelectorAll(VALUE).forEach(function (input) {
      input.addEventListener("dblclick", function () { edit(i); input.focus(); });
      input.addEventListener("focus", function () { if (!input.readOnly) { target = input.form; } });
    });
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

  var hash = decodeURIComponent(window.location.hash.replace(/^#/, ""));
  var marked = hash ? document.getElementById(hash) : null;
  if (marked) { select(fields.indexOf(marked)); }
})();
