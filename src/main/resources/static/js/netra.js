// The pages' one script: conveniences a page does without when it does not run (every rule is the server's).
(function () {
  'use strict';

  // The field a form was sent from (Enter pressed in it) goes with the form, in its hidden field "focus", so that the
  // page that comes back puts the keyboard where it was.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var from = document.activeElement;
    var keep = form.querySelector('input[type=hidden][name=focus]');
    if (keep && from && from.form === form && from.id && from.tagName !== 'BUTTON') {
      keep.value = from.id;
    }
  });

  // A list narrowed by another field's choice (data-narrowed-by: that field's id): an option belonging to another
  // choice (data-of) is hidden and cannot be chosen; one chosen is let go. Nothing chosen there: every option.
  function narrow(list, by) {
    Array.prototype.forEach.call(list.options, function (option) {
      var of = option.getAttribute('data-of');
      var other = of !== null && by.value !== '' && of !== by.value;
      option.hidden = other;
      option.disabled = other;
      if (other && option.selected) {
        list.value = '';
      }
    });
  }

  // The task page's evidence: the chosen file itself is sent as the body (never read whole into the page), with the
  // page's CSRF token; the page is loaded again to list it, or the server's words (naming the field) are shown.
  function attach(form) {
    var input = form.querySelector('input[type=file]');
    var status = form.querySelector('[role=status]');
    var file = input && input.files && input.files[0];
    if (!file) {
      status.textContent = form.getAttribute('data-choose') || '';
      input.focus();
      return;
    }
    var query = '?fileName=' + encodeURIComponent(file.name);
    var description = form.querySelector('[name=description]');
    if (description && description.value) {
      query += '&description=' + encodeURIComponent(description.value);
    }
    var kind = form.querySelector('[name=kind]');
    if (kind && kind.value) {
      query += '&kind=' + encodeURIComponent(kind.value);
    }
    var token = form.querySelector('input[type=hidden][name=_csrf]');
    status.textContent = form.getAttribute('data-sending') || '';
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    fetch(form.getAttribute('data-action') + query, {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: {'Content-Type': 'application/octet-stream', 'Accept': 'application/json',
        'X-XSRF-TOKEN': token ? token.value : ''}
    }).then(function (response) {
      if (response.status === 201) {
        window.location.reload();
        return null;
      }
      return response.json().then(function (problem) {
        var errors = problem && problem.errors ? problem.errors.map(function (e) { return e.message; }) : [];
        status.textContent = errors.length ? errors.join(' ') : (problem && (problem.detail || problem.title)) || response.status;
      }, function () {
        status.textContent = String(response.status);
      });
    }, function () {
      status.textContent = form.getAttribute('data-failed') || '';
    }).then(function () {
      button.disabled = false;
    });
  }

  document.addEventListener('submit', function (event) {
    if (event.target.id === 'evidence-form') {
      event.preventDefault();
      attach(event.target);
    }
  });

  // A letter's verification page: the chosen file's SHA-256, computed here (the file goes nowhere), against the letter's.
  function checkDigest(form, input) {
    var result = form.querySelector('[role=status]');
    var file = input.files && input.files[0];
    if (!file) {
      result.textContent = '';
      return;
    }
    if (!window.crypto || !window.crypto.subtle) {
      result.textContent = form.getAttribute('data-unavailable');
      return;
    }
    file.arrayBuffer().then(function (bytes) {
      return window.crypto.subtle.digest('SHA-256', bytes);
    }).then(function (digest) {
      var hex = Array.prototype.map.call(new Uint8Array(digest), function (b) {
        return ('0' + b.toString(16)).slice(-2);
      }).join('');
      var same = hex === form.getAttribute('data-sha256');
      result.textContent = form.getAttribute(same ? 'data-same' : 'data-different');
      result.className = same ? 'notice' : 'error';
      result.setAttribute('data-digest', hex);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.digest-check'), function (form) {
      var input = form.querySelector('input[type=file]');
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      input.addEventListener('change', function () { checkDigest(form, input); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('select[data-narrowed-by]'), function (list) {
      var by = document.getElementById(list.getAttribute('data-narrowed-by'));
      if (by) {
        narrow(list, by);
        by.addEventListener('change', function () { narrow(list, by); });
      }
    });
  });
})();
