// Tag suggestions on the admin story form.
"use strict";
{
  const me = document.currentScript || document.querySelector("script[data-suggest-url]");
  const url = me && me.dataset.suggestUrl;
  // Labels come translated on the script tag (the admin's own catalogue lacks them).
  const labels = JSON.parse((me && me.dataset.labels) || "{}");
  const _ = (s) => labels[s] || (window.gettext ? window.gettext(s) : s);
  const $ = (id) => document.getElementById(id);
  const make = (tag, props) => Object.assign(document.createElement(tag), props);
  const token = () => {
    const c = document.cookie.match(/(?:^|; *)csrftoken=([^;]+)/);
    const i = document.querySelector("[name=csrfmiddlewaretoken]");
    return c ? c[1] : i ? i.value : "";
  };
  // The body editor keeps its hidden textarea up to date.
  const value = (id) => ($(id) ? $(id).value : "");

  const choose = (v, label) => {
    if (window.SelectBox && $("id_tags_from")) {
      // filter_horizontal: move the option to the chosen box.
      const node = SelectBox.cache.id_tags_from.find((o) => o.value === v);
      if (!node) return;
      SelectBox.add_to_cache("id_tags_to", node);
      SelectBox.delete_from_cache("id_tags_from", v);
      SelectBox.sort("id_tags_to");
      ["id_tags_from", "id_tags_to"].forEach((b) => SelectBox.redisplay(b));
      return;
    }
    const sel = $("id_tags");
    if (!sel) return;
    let opt = [...sel.options].find((o) => o.value === v);
    if (!opt) sel.add((opt = new Option(label, v))); // autocomplete
    opt.selected = true;
    const jq = window.django && django.jQuery; // select2 listens to jQuery events
    jq ? jq(sel).trigger("change") : sel.dispatchEvent(new Event("change", { bubbles: true }));
  };

  const init = () => {
    const tags = $("id_tags") || $("id_tags_from");
    if (!url || !tags) return;
    const row = tags.closest(".form-row, .fieldBox") || tags.parentNode;
    const button = make("button", { type: "button", className: "button suggest-button" });
    button.textContent = _("Suggest");
    const status = make("span", { className: "help" });
    const list = make("div", { className: "suggestion-list" });
    const newTitle = make("h4", { hidden: true, textContent: _("New tags to create") });
    const newList = make("ul");
    const hidden = make("input", { type: "hidden", name: "new_tags" });
    const box = make("div", { className: "form-row" });
    box.append(make("h3", { textContent: _("Suggested tags") }), button, status, list, newTitle, newList, hidden);
    row.after(box);
    const created = [];
    const addNew = (label) => {
      label = label.replace(/,/g, " ").trim();
      if (created.includes(label)) return;
      created.push(label);
      hidden.value = created.join(",");
      newList.append(make("li", { textContent: label }));
      newTitle.hidden = false;
    };
    button.addEventListener("click", async () => {
      const form = new FormData();
      form.append("text", ["id_headline", "id_dek", "id_body"].map(value).join("\n\n"));
      form.append("language", value("id_language") || "en");
      status.textContent = "…";
      button.disabled = true;
      try {
        const r = await fetch(url, { method: "POST", body: form, headers: { "X-CSRFToken": token() } });
        const data = await r.json().catch(() => ({}));
        if (!r.ok) throw new Error(data.error || r.statusText || r.status);
        list.replaceChildren();
        for (const s of data.suggestions) {
          // A tag that exists is a filled chip ("+" adds it); one that would be created is an
          // outlined chip that says "New tag" in words (suggestions.css), never colour alone.
          const look = s.tag_id ? "suggestion-is-existing" : "suggestion-is-new";
          const className = `button suggestion-chip ${look} suggestion-${s.kind}`;
          const b = make("button", { type: "button", className });
          b.append(make("span", { className: "chip-label", dir: "auto", textContent: s.label }));
          if (!s.tag_id) b.append(" ", make("span", { className: "chip-mark", textContent: _("New tag") }));
          b.title = s.tag_id ? _("Existing tag") : _("New tag");
          b.addEventListener("click", () => {
            if (s.tag_id) choose(String(s.tag_id), s.label);
            else addNew(s.label);
            b.disabled = true;
          });
          list.append(b, " ");
        }
        status.textContent = data.suggestions.length ? "" : _("None found.");
      } catch (e) {
        status.textContent = _("Could not suggest tags:") + " " + e.message;
      } finally {
        button.disabled = false;
      }
    });
  };
  if (document.readyState == "loading") addEventListener("DOMContentLoaded", init);
  else init();
}
