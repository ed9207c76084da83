// Forms that say what to fix while they are filled, and decisions that ask for what they need. Every page works
// without this file: the server checks everything again and shows the same messages beside the same fields.
(function () {
  'use strict';

  // ---- the filing form: the server's own rules, asked as the applicant goes ---------------------------------------
  // A form with data-check posts itself there (nothing is saved) after a change, and shows beside each field the
  // applicant has already left what submitting now would say of it. Untouched fields stay quiet.
  document.querySelectorAll('form[data-check]').forEach(function (form) {
    var touched = {};
    var timer = null;
    var asked = 0;

    function notesOf(input) {
      var id = input.id + '-notes';
      var notes = document.getElementById(id);
      if (!notes) {
        notes = document.createElement('div');
        notes.className = 'notes';
        notes.id = id;
        var holder = input.closest('.field, td') || input.parentNode;
        holder.appendChild(notes);
      }
      return notes;
    }

    function show(fields) {
      Object.keys(touched).forEach(function (id) {
        var input = document.getElementById(id);
        if (!input) {
          return;
        }
        var notes = notesOf(input);
        notes.querySelectorAll('p.field-error.live, p.field-error:not(.too-large)').forEach(function (p) {
          p.remove();
        });
        var messages = fields[id] || [];
        messages.forEach(function (m) {
          var p = document.createElement('p');
          p.className = 'field-error live';
          p.textContent = m;
          notes.insertBefore(p, notes.firstChild);
        });
        var holder = input.closest('.field, td');
        if (holder) {
          holder.classList.toggle('has-error', messages.length > 0);
        }
        if (messages.length > 0) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', notes.id);
        } else {
          input.removeAttribute('aria-invalid');
        }
      });
    }

    function check() {
      var mine = ++asked;
      var data = new FormData(form);
      data.delete('action');
      fetch(form.getAttribute('data-check'), {
        method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (answer && mine === asked) {
          show(answer.fields || {});
        }
      }).catch(function () { /* offline or logged out: the server checks on submit */ });
    }

    function changed(event) {
      var input = event.target;
      if (!input.id || !input.name || input.type === 'file') {
        return;
      }
      // a radio group's messages stand beside its group, named by the first radio's field
      touched[input.type === 'radio' ? input.closest('fieldset').id : input.id] = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 400);
    }
    form.addEventListener('change', changed);
    form.addEventListener('focusout', changed);
  });

  // ---- a reviewer's decision: the gaps for a return, a reason for a rejection --------------------------------------
  // The gaps' rows are shown only for a return; a return without a gap or a rejection without a reason is stopped
  // here with the message beside the field (the server refuses both the same way).
  document.querySelectorAll('form[data-decision]').forEach(function (form) {
    var gaps = form.querySelector('[data-gaps]');
    var comment = form.querySelector('textarea[name=comment]');
    function chosen() {
      var checked = form.querySelector('input[name=decision]:checked');
      return checked ? checked.value : null;
    }
    function update() {
      if (gaps) {
        gaps.hidden = chosen() !== 'RETURN';
      }
    }
    function say(holder, message) {
      var p = holder.querySelector('p.field-error.live');
      if (!p) {
        p = document.createElement('p');
        p.className = 'field-error live';
        p.setAttribute('role', 'alert');
        holder.appendChild(p);
      }
      p.textContent = message;
      holder.classList.add('has-error');
    }
    form.addEventListener('change', update);
    update();
    form.addEventListener('submit', function (event) {
      var pressed = event.submitter;
      if (!pressed || pressed.value !== 'decide') {
        return;
      }
      var decision = chosen();
      if (decision === 'RETURN' && gaps) {
        var listed = Array.prototype.some.call(gaps.querySelectorAll('input[type=text]'), function (i) {
          return i.value.trim() !== '';
        });
        if (!listed) {
          event.preventDefault();
          event.stopImmediatePropagation();
          say(gaps, form.getAttribute('data-need-gaps'));
          gaps.querySelector('select, input').focus();
        }
      } else if (decision === 'REJECT' && comment && comment.value.trim() === '') {
        event.preventDefault();
        event.stopImmediatePropagation();
        say(comment.closest('.field'), form.getAttribute('data-need-reason'));
        comment.focus();
      }
    }, true);
  });
})();
