/*
 * The back office on a phone (issue 13.11): OFBiz's Tomahawk theme writes no viewport meta tag, so a phone lays the
 * page out 980 px wide and shrinks it. Loaded in the head (layoutSettings.javaScripts), before the body is laid out,
 * this adds the tag, and the component's stylesheet (css/affcontests.css) makes its pages fit the screen.
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
(function () {
  if (document.querySelector('meta[name="viewport"]')) { return; }
  var meta = document.createElement('meta');
  meta.name = 'viewport';
  meta.content = 'width=device-width, initial-scale=1';
  document.head.appendChild(meta);
})();
