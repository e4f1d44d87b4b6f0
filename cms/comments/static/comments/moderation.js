/* Keyboard shortcuts for the comment moderation queue (/admin/kiem-duyet/).
 *
 *   j or n  next comment          k  previous comment
 *   a       approve the comment that has focus
 *   r       reject it: the row's reason field gets focus; Enter sends
 *           (the row's first button: "Từ chối", or "Ẩn" for a published one),
 *           Escape goes back to the row.
 *
 * No dependency; everything also works without this file (plain forms). */
(function () {
  "use strict";

  function init() {
    var table = document.querySelector("[data-moderation-list]");
    var selectAll = document.querySelector("[data-select-all]");

    if (selectAll) {
      selectAll.addEventListener("change", function () {
        var boxes = document.querySelectorAll('input[type="checkbox"][name="ids"]');
        for (var i = 0; i < boxes.length; i++) {
          boxes[i].checked = selectAll.checked;
        }
      });
    }
    if (!table) {
      return;
    }

    var rows = Array.prototype.slice.call(table.querySelectorAll("[data-comment-row]"));
    var current = -1;

    function focusRow(index) {
      if (!rows.length) {
        return;
      }
      index = Math.max(0, Math.min(rows.length - 1, index));
      if (current >= 0 && rows[current]) {
        rows[current].classList.remove("is-focused");
      }
      current = index;
      var row = rows[current];
      row.classList.add("is-focused");
      row.focus({ preventScroll: true });
      if (row.scrollIntoView) {
        row.scrollIntoView({ block: "nearest" });
      }
    }

    function currentRow() {
      return current >= 0 ? rows[current] : null;
    }

    // Clicking or tabbing into a row makes it the current one.
    rows.forEach(function (row, index) {
      row.addEventListener("focusin", function () {
        if (current !== index) {
          if (current >= 0 && rows[current]) {
            rows[current].classList.remove("is-focused");
          }
          current = index;
          row.classList.add("is-focused");
        }
      });
      var reason = row.querySelector("[data-reason-input]");
      if (reason) {
        reason.addEventListener("keydown", function (event) {
          if (event.key === "Escape") {
            event.preventDefault();
            reason.blur();
            focusRow(index);
          }
        });
      }
    });

    function isTyping(target) {
      if (!target) {
        return false;
      }
      var tag = (target.tagName || "").toLowerCase();
      return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
    }

    document.addEventListener("keydown", function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      if (isTyping(event.target)) {
        return;
      }
      var key = event.key;
      if (key === "j" || key === "n") {
        event.preventDefault();
        focusRow(current + 1);
      } else if (key === "k") {
        event.preventDefault();
        focusRow(current < 0 ? 0 : current - 1);
      } else if (key === "a") {
        var row = currentRow();
        var approve = row && row.querySelector('[data-shortcut="approve"]');
        if (approve) {
          event.preventDefault();
          approve.click();
        }
      } else if (key === "r") {
        var rejectRow = currentRow();
        var reasonInput = rejectRow && rejectRow.querySelector("[data-reason-input]");
        if (reasonInput) {
          event.preventDefault();
          reasonInput.focus();
          reasonInput.select();
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
