/* The story form follows the story's language: its headline, dek and body are typed right to
   left for an Arabic story and left to right for an English one, whatever the admin's language,
   with the browser's spell-checking on in that language. The server sets the boxes for the
   language the form opens with (masthead.articles.forms); this follows a change of language.
   The boxes other scripts draw at run time (the rich-text editor, the autocompletes) are named
   from the field's label here, for screen readers; the server names the boxes it renders. */
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

  // An element's id, given one when it has none, so that a box can point at it.
  var given = 0;
  function idOf(element) {
    if (!element.id) element.id = "story-form-label-" + ++given;
    return element.id;
  }

  // What names a field's box: its <label>, or in a table of inline rows its column's heading.
  function labelOf(box) {
    var label = document.querySelector('label[for="' + box.id + '"]');
    if (label) return label;
    var cell = box.closest("td[class*='field-']");
    var name = cell && Array.from(cell.classList).find(function (c) { return c.indexOf("field-") === 0; });
    return name ? cell.closest("table").querySelector("thead th.column-" + name.slice(6)) : null;
  }

  // The rich-text editor (django-prose-editor) announces itself once made, after this script ran.
  // It draws its own editable area beside the hidden <textarea> the field's label points at: the
  // area takes its name from that label, and says it holds more than one line.
  document.addEventListener("prose-editor:ready", function (event) {
    var editable = event.detail.editor.view.dom;
    apply(editable, language());
    editable.setAttribute("spellcheck", "true");
    var label = labelOf(event.detail.textarea);
    if (label) {
      editable.setAttribute("role", "textbox");
      editable.setAttribute("aria-multiline", "true");
      editable.setAttribute("aria-labelledby", idOf(label));
    }
  });

  /* The admin's autocompletes (select2: tags, featured image, translation, byline authors) hide
     the <select> the label points at and draw their own boxes, which select2 names only by the
     choice shown, or not at all while empty. Each box drawn takes the field's label instead:
     - the box itself (a combobox): the label, then the choice shown;
     - the choice shown (a read-only textbox inside it), and the search field (in a many-choice
       box, or in the list that opens under a one-choice box): the label;
     - a many-choice box's "×" that clears every choice sits in its list of choices, where only
       list items belong: it is hidden from screen readers like select2's own "×" on each choice
       (Backspace removes choices from the keyboard), and keeps its title for the mouse. */
  function nameAutocomplete(select) {
    var container = select.nextElementSibling;
    if (!container || !container.classList.contains("select2-container")) return; // not drawn yet
    var label = labelOf(select);
    if (!label) return;
    var labelId = idOf(label);
    var combobox = container.querySelector(".select2-selection");
    var shown = container.querySelector(".select2-selection__rendered[role=textbox]");
    var names = [[combobox, shown ? labelId + " " + shown.id : labelId], [shown, labelId]];
    var searches = '.select2-search__field[aria-controls="select2-' + select.id + '-results"]';
    container.querySelectorAll(".select2-search__field").forEach(function (search) {
      names.push([search, labelId]);
    });
    document.querySelectorAll(searches).forEach(function (search) { names.push([search, labelId]); });
    names.forEach(function (pair) {
      if (pair[0] && pair[0].getAttribute("aria-labelledby") !== pair[1]) {
        pair[0].setAttribute("aria-labelledby", pair[1]);
      }
    });
    container.querySelectorAll("ul > .select2-selection__clear:not([aria-hidden])").forEach(function (clear) {
      clear.setAttribute("aria-hidden", "true");
    });
  }

  function nameAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(nameAutocomplete);
  }

  // The headline box grows with the headline (where CSS field-sizing cannot do it alone).
  function fit(box) {
    box.style.height = "auto";
    box.style.height = box.scrollHeight + 2 + "px";
  }

  document.addEventListener("DOMContentLoaded", function () {
    // select2 draws its boxes when the page is ready (before or after this runs), for each
    // byline row added, and redraws the choices on each change: named whenever they are drawn.
    nameAutocompletes();
    new MutationObserver(function (changes) {
      var drawn = changes.some(function (change) { return !change.target.closest(".prose-editor"); });
      if (drawn) nameAutocompletes();
    }).observe(document.body, { childList: true, subtree: true });
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
