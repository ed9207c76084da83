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
  function focusErrors() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.setAttribute('tabindex', '-1');
      summary.focus();
    }
  }
  focusErrors();

  // ---- Drafts ----------------------------------------------------------------------------------------------------
  // What is typed into a form marked data-draft-key is kept in this browser (localStorage), so that neither a
  // refresh nor an expired login loses it: a form posted after the session expired is sent back to its page by the
  // server, the user logs in, and the page restores the copy. The key names the user and the record
  // ("filing:<username>:<appId or new>"); data-draft-version is the version of the record the page shows (its
  // optimistic-lock version, 0 for a new one). A copy is taken on input (debounced) and on submit, stamped with the
  // version it was typed on. On load, a copy typed on an older version than the page shows is dropped (someone saved
  // since); a copy equal to what the page shows is left alone; any other copy is restored, with a notice and a
  // button that discards it (the texts come from data-draft-restored and data-draft-discard). A page that follows
  // a successful save names the key the server now holds in data-draft-saved, and its copy is dropped.
  var DRAFT_PREFIX = 'fingertip.draft.';
  var store = (function () {
    try {
      var s = window.localStorage;
      s.setItem(DRAFT_PREFIX + 'probe', '1');
      s.removeItem(DRAFT_PREFIX + 'probe');
      return s;
    } catch (e) {
      return null; // private mode or storage turned off: the forms work as before, without copies
    }
  })();

  function draftFields(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.name === '_csrf' || /^(hidden|file|password|submit|button|reset)$/.test(el.type)) {
        return;
      }
      var values = fields[el.name] || (fields[el.name] = []);
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) {
          values.push(el.value);
        }
      } else if (el.type === 'select-multiple') {
        Array.prototype.forEach.call(el.options, function (o) { if (o.selected) { values.push(o.value); } });
      } else {
        values.push(el.value);
      }
    });
    return fields;
  }

  function applyDraft(form, fields) {
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      var values = el.name && fields[el.name];
      if (!values || el.name === '_csrf' || /^(hidden|file|password|submit|button|reset)$/.test(el.type)) {
        return;
      }
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values.indexOf(el.value) >= 0;
      } else if (el.type === 'select-multiple') {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
      } else {
        var i = seen[el.name] || 0;
        if (i < values.length) {
          el.value = values[i];
        }
        seen[el.name] = i + 1;
      }
    });
  }

  function sameFields(a, b) {
    var keys = Object.keys(a).concat(Object.keys(b));
    return keys.every(function (k) { return JSON.stringify(a[k] || []) === JSON.stringify(b[k] || []); });
  }

  function readDraft(key) {
    try {
      return JSON.parse(store.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function draftNotice(form, key) {
    var notice = document.createElement('div');
    notice.className = 'notice draft-notice';
    notice.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.textContent = form.getAttribute('data-draft-restored');
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'secondary';
    discard.textContent = form.getAttribute('data-draft-discard');
    discard.addEventListener('click', function () {
      store.removeItem(key);
      form.reset(); // back to what the server rendered
      notice.parentNode.removeChild(notice);
    });
    notice.appendChild(text);
    notice.appendChild(discard);
    form.parentNode.insertBefore(notice, form);
  }

  function keepDrafts(form) {
    var key = DRAFT_PREFIX + form.getAttribute('data-draft-key');
    var version = Number(form.getAttribute('data-draft-version') || 0);
    var saved = readDraft(key);
    if (saved && (typeof saved.version !== 'number' || saved.version < version || !saved.fields)) {
      store.removeItem(key);
    } else if (saved && !sameFields(saved.fields, draftFields(form))) {
      applyDraft(form, saved.fields);
      draftNotice(form, key);
    }
    var timer = null;
    function save() {
      window.clearTimeout(timer);
      timer = null;
      try {
        store.setItem(key, JSON.stringify({version: version, savedAt: Date.now(), fields: draftFields(form)}));
      } catch (e) {
        // storage full: nothing kept, the form still posts
      }
    }
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 400);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', save);
    window.addEventListener('pagehide', function () { if (timer !== null) { save(); } });
  }

  if (store) {
    document.querySelectorAll('[data-draft-saved]').forEach(function (el) {
      store.removeItem(DRAFT_PREFIX + el.getAttribute('data-draft-saved'));
    });
    document.querySelectorAll('form[data-draft-key]').forEach(keepDrafts);
  }

  // ---- Uploads with progress ---------------------------------------------------------------------------------------
  // A form marked data-upload-progress is sent by XMLHttpRequest (its FormData: the file and the CSRF field) so that
  // its <progress> can follow the bytes. The server answers as it does to the plain form — a redirect to the page
  // after the upload (followed by the request; xhr.responseURL is where it ended), or the page with the errors — and
  // that answer is shown as it came, at its address: the redirect's page already consumed the one-time notice
  // ("uploaded"), which a second request to responseURL would no longer show. The attribute's value names the
  // element to scroll to. Without JavaScript, or without XMLHttpRequest, the form posts as before.
  function showAnswer(xhr, form, anchor) {
    var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    var action = new URL(form.action, window.location.href);
    var landed = xhr.responseURL ? new URL(xhr.responseURL) : action;
    if (landed.pathname !== action.pathname) {
      window.history.replaceState(null, '', landed.pathname + landed.search + (anchor ? '#' + anchor : ''));
    }
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
    focusErrors();
    var target = anchor && document.getElementById(anchor);
    if (target) {
      target.scrollIntoView();
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute('data-upload-progress') || !window.XMLHttpRequest
        || !window.FormData || !window.DOMParser) {
      return;
    }
    event.preventDefault();
    var anchor = form.getAttribute('data-upload-progress');
    var bar = form.querySelector('progress');
    if (bar) {
      bar.hidden = false;
      bar.max = 100;
      bar.value = 0;
    }
    var failed = form.querySelector('.upload-failed');
    if (failed) {
      failed.parentNode.removeChild(failed);
    }
    var xhr = new XMLHttpRequest();
    xhr.upload.addEventListener('progress', function (e) {
      if (bar && e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      if (/^text\/html/.test(xhr.getResponseHeader('Content-Type') || '')) {
        showAnswer(xhr, form, anchor);
      } else {
        window.location.assign(xhr.responseURL || window.location.href);
      }
    });
    function notSent() {
      if (bar) {
        bar.hidden = true;
      }
      var note = document.createElement('p');
      note.className = 'upload-failed';
      note.setAttribute('role', 'alert');
      note.textContent = form.getAttribute('data-upload-failed');
      form.appendChild(note);
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
    }
    xhr.addEventListener('error', notSent);
    xhr.addEventListener('abort', notSent);
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'text/html');
    xhr.send(new FormData(form));
  });
})();
