// Small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  // A form posts once: disable its buttons after the first submit. The browser has already taken the pressed
  // button's name and value into the form data by the time this runs.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    window.setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });
  // Coming back with the browser's Back button shows the page as it was left: enable its buttons again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('button[type=submit][disabled]').forEach(function (b) { b.disabled = false; });
  });
  // A file over the limit is refused before it is sent (the server refuses it too): the message beside the field.
  document.addEventListener('submit', function (event) {
    event.target.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
      var max = Number(input.getAttribute('data-max-bytes'));
      var file = input.files && input.files[0];
      if (file && file.size > max) {
        event.preventDefault();
        event.stopImmediatePropagation();
        var note = input.parentNode.querySelector('p.field-error.too-large');
        if (!note) {
          note = document.createElement('p');
          note.className = 'field-error too-large';
          note.setAttribute('role', 'alert');
          input.parentNode.appendChild(note);
        }
        note.textContent = input.getAttribute('data-too-large');
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    });
  }, true);
  // On a page that comes back with errors, move the focus to their summary.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
})();
