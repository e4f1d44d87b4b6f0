// Search-as-you-type for the search box: suggestions from /api/search/suggest/.
// The form works without this script; it only adds a list under the box.
(function () {
  "use strict";
  function init(input) {
    var list = document.getElementById(input.getAttribute("aria-describedby").replace("-huong-dan", ""));
    if (!list) return;
    var timer = null;
    var last = "";
    var active = -1;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
    }

    function show(items) {
      list.innerHTML = "";
      items.forEach(function (suggestion, index) {
        // {title, url, id}: the box fills in the title and searches for it.
        var text = typeof suggestion === "string" ? suggestion : suggestion.title;
        var item = document.createElement("li");
        item.setAttribute("role", "option");
        item.id = list.id + "-" + index;
        item.textContent = text; // text, never HTML
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          input.value = text;
          close();
          input.form.submit();
        });
        list.appendChild(item);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text === last) return;
      last = text;
      if (text.length < 2) { close(); return; }
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === text) show(data.suggestions || []); })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      var items = list.querySelectorAll("li");
      if (!items.length) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
        items.forEach(function (item, index) { item.setAttribute("aria-selected", index === active ? "true" : "false"); });
        input.setAttribute("aria-activedescendant", items[active].id);
      } else if (event.key === "Enter" && active >= 0) {
        input.value = items[active].textContent;
        close();
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-suggest-url]").forEach(init);
  });
})();
