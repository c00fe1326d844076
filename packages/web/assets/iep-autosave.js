// Autosave for the IEP draft editor (progressive enhancement: the Save button works without
// this script). Every 20 seconds, and when a field loses focus, a changed form is posted to the
// same address as the Save button with `x-autosave: 1`; the answer carries the new lockVersion,
// which replaces the form's, so the next save is not stale. A conflict (someone else saved the
// draft) stops autosaving and says so: pressing Save then shows their text beside the user's.
// The status line is a polite live region, so screen readers hear it without losing their place.
(function () {
  'use strict';
  var form = document.getElementById('iep-editor');
  var status = document.getElementById('iep-autosave-status');
  if (!form || !status || !window.fetch || !window.URLSearchParams) return;
  var lock = form.querySelector('input[name="lockVersion"]');
  var lastSent = serialize();
  var busy = null; // the autosave in flight, if any
  var stopped = false;
  var submitting = false;

  function serialize() {
    return new URLSearchParams(new FormData(form)).toString();
  }
  function say(key, time) {
    var text = status.getAttribute('data-' + key) || '';
    status.textContent = time ? text.replace('{time}', time) : text;
  }
  function save() {
    if (busy || stopped || submitting) return;
    var body = serialize();
    if (body === lastSent) return;
    say('saving');
    busy = fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-autosave': '1' },
      body: body,
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (response.ok && answer.saved) {
            lock.value = String(answer.lockVersion);
            lastSent = serialize();
            say('saved', new Date(answer.savedAt).toLocaleTimeString());
          } else if (response.status === 409) {
            stopped = true;
            say('conflict');
          } else {
            lastSent = body; // do not retry the same invalid text; Save shows the errors
            say('failed');
          }
        });
      })
      .catch(function () {
        say('failed');
      })
      .then(function () {
        busy = null;
      });
  }
  // Pressing a button moves focus, which starts an autosave with the form's lockVersion; the
  // button's own post would then carry the same, now stale, lockVersion and meet a false
  // conflict. So a submit waits for the autosave in flight, then goes with the new lockVersion.
  form.addEventListener('submit', function (event) {
    if (submitting || !busy) {
      submitting = true;
      return;
    }
    event.preventDefault();
    submitting = true;
    var submitter = event.submitter;
    busy.then(function () {
      if (form.requestSubmit) form.requestSubmit(submitter || undefined);
      else form.submit();
    });
  });
  form.addEventListener('focusout', save);
  window.setInterval(save, 20000);
})();
