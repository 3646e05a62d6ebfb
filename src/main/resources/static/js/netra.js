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

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-narrowed-by]'), function (list) {
      var by = document.getElementById(list.getAttribute('data-narrowed-by'));
      if (by) {
        narrow(list, by);
        by.addEventListener('change', function () { narrow(list, by); });
      }
    });
  });
})();
