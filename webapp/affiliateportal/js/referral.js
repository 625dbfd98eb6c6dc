/*
 * The portal home's referral link: the copy button copies the link (clipboard API on HTTPS, the
 * field's selection otherwise) and says so.
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
(function () {
  'use strict';
  var button = document.getElementById('affp-referral-copy');
  var field = document.getElementById('affp-referral-url');
  if (!button || !field) {
    return;
  }
  button.addEventListener('click', function () {
    var done = function () { button.textContent = button.getAttribute('data-copied'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done);
    } else {
      field.select();
      document.execCommand('copy');
      done();
    }
  });
})();
