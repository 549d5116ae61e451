/* The story form follows the story's language: its headline, dek and body are typed right to
   left for an Arabic story and left to right for an English one, whatever the admin's language,
   with the browser's spell-checking on in that language. The server sets the boxes for the
   language the form opens with (masthead.articles.forms); this follows a change of language. */
(function () {
  "use strict";
  var BOXES = "#id_headline, #id_title, #id_slug, #id_dek, #id_body";

  function direction(language) {
    return language === "ar" ? "rtl" : "ltr";
  }

  function apply(element, language) {
    element.setAttribute("dir", direction(language));
    element.setAttribute("lang", language);
  }

  function language() {
    var select = document.getElementById("id_language");
    return select ? select.value : document.documentElement.lang;
  }

  // The rich-text editor (django-prose-editor) announces itself once made, after this script ran.
  document.addEventListener("prose-editor:ready", function (event) {
    var editable = event.detail.editor.view.dom;
    apply(editable, language());
    editable.setAttribute("spellcheck", "true");
  });

  // The headline box grows with the headline (where CSS field-sizing cannot do it alone).
  function fit(box) {
    box.style.height = "auto";
    box.style.height = box.scrollHeight + 2 + "px";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var headline = document.querySelector("textarea#id_headline");
    if (headline) {
      fit(headline);
      headline.addEventListener("input", function () { fit(headline); });
      window.addEventListener("resize", function () { fit(headline); });
    }
    var select = document.getElementById("id_language");
    if (!select) return;
    function follow() {
      document.querySelectorAll(BOXES).forEach(function (box) { apply(box, select.value); });
      document.querySelectorAll(".field-body .ProseMirror[contenteditable]").forEach(function (box) {
        apply(box, select.value);
      });
    }
    follow(); // a standing page's form is not set by the server
    select.addEventListener("change", follow);
  });
})();
