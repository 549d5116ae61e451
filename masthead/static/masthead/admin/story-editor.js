/* The story editor's own nodes for django-prose-editor (registered in settings as
   DJANGO_PROSE_EDITOR_EXTENSIONS, named in the body's extensions; options and words come from
   masthead/articles/editor.py). Each writes exactly the element the sanitizer keeps
   (masthead/core/html.py) and reads it back, so a saved story opens as it was written:

   - StoryPicture: <figure data-image="ID"><img src alt width height><figcaption>…</figcaption></figure>,
     a picture chosen from the library or uploaded through the image admin, its caption edited in place;
   - PullQuote: <blockquote data-pull=""><p>…</p></blockquote>;
   - StoryEmbed: <figure data-embed="youtube"><a href="URL">title</a></figure>, from a pasted address
     the back office checked against the providers it allows (masthead/core/embeds.py). */
import { crel, Node, TrailingNode, updateAttrsDialog } from "django-prose-editor/editor"

const words = (options) => (key) => (options.labels && options.labels[key]) || key

function csrfToken() {
  const field = document.querySelector("input[name=csrfmiddlewaretoken]")
  return field ? field.value : ""
}

/* A modal dialog holding a form of its own, next to the editor as the package's dialogs are
   (the form keeps Enter from submitting the story). Resolves with the submit handler's value. */
function openDialog(editor, className, build) {
  return new Promise((resolve) => {
    const form = crel("form", { className: "story-dialog__form" })
    const dialog = crel("dialog", { className: `prose-editor-dialog story-dialog ${className}` }, [form])
    const holder = crel("div", {}, [dialog])
    editor.view.dom.parentElement.append(holder)
    let result = null
    const close = (value) => {
      result = value
      dialog.close()
    }
    dialog.addEventListener("close", () => {
      holder.remove()
      resolve(result)
    })
    build(form, close)
    dialog.showModal()
  })
}

function field(labelText, input, help) {
  const id = `story-dialog-${Math.random().toString(36).slice(2)}`
  input.id = id
  const children = [crel("label", { htmlFor: id, textContent: labelText })]
  if (help) children.push(crel("span", { className: "prose-editor-help", textContent: help }))
  children.push(input)
  return crel("div", { className: "prose-editor-dialog-field" }, children)
}

function buttons(submitText, cancelText, close) {
  const cancel = crel("button", { type: "button", textContent: cancelText })
  cancel.addEventListener("click", () => close(null))
  return crel("div", { className: "prose-editor-dialog-buttons" }, [
    crel("button", { type: "submit", textContent: submitText, className: "default" }),
    cancel,
  ])
}

/* ---- Pictures ----------------------------------------------------------------------------- */

const StoryImage = Node.create({
  name: "storyImage",
  atom: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    // In this order, as the sanitizer writes them.
    return {
      src: { default: null },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
    }
  },

  parseHTML() {
    return [{ tag: "img[src]" }]
  },

  renderHTML({ HTMLAttributes }) {
    return ["img", HTMLAttributes]
  },
})

const StoryCaption = Node.create({
  name: "storyCaption",
  content: "inline*",
  isolating: true,

  parseHTML() {
    return [{ tag: "figcaption" }]
  },

  renderHTML() {
    return ["figcaption", 0]
  },
})

function pictureContent(picture, caption) {
  const content = [
    {
      type: "storyImage",
      attrs: {
        src: picture.src,
        alt: picture.alt,
        width: picture.width ? String(picture.width) : null,
        height: picture.height ? String(picture.height) : null,
      },
    },
  ]
  if (caption) content.push({ type: "storyCaption", content: [{ type: "text", text: caption }] })
  return content
}

/* The picture around the selection: {pos, node} of the storyPicture, or null. */
function selectedPicture(state) {
  const { selection } = state
  if (selection.node && selection.node.type.name === "storyPicture") {
    return { pos: selection.from, node: selection.node }
  }
  const { $from } = selection
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === "storyPicture") {
      return { pos: $from.before(depth), node: $from.node(depth) }
    }
  }
  return null
}

function pictureDialog(editor, options, current) {
  const t = words(options)
  return openDialog(editor, "story-picture-dialog", (form, close) => {
    let chosen = current
    const search = crel("input", { type: "search", autocomplete: "off", dir: "auto" })
    const results = crel("div", { className: "story-picture-results" })
    const status = crel("p", { className: "story-dialog__status", role: "status" })

    const preview = crel("img", { className: "story-picture-preview", alt: "" })
    const alt = crel("input", { type: "text", name: "alt", maxLength: 300, dir: "auto" })
    const caption = crel("input", { type: "text", name: "caption", maxLength: 500, dir: "auto" })
    const chosenBox = crel("fieldset", { className: "story-picture-chosen" }, [
      crel("legend", { textContent: t("chosen") }),
      preview,
      field(t("alt"), alt, t("altHelp")),
    ])
    // A picture already in the story keeps its caption where it is: edited in place.
    if (!current || !current.hasCaption) chosenBox.append(field(t("caption"), caption))
    const problem = crel("p", { className: "errornote story-dialog__problem", role: "alert", hidden: true })

    function choose(picture) {
      chosen = picture
      preview.src = picture.thumb || picture.src
      alt.value = picture.alt || ""
      if (picture.caption !== undefined) caption.value = picture.caption || ""
      chosenBox.hidden = false
      for (const button of results.querySelectorAll("button")) {
        button.setAttribute("aria-pressed", String(button.dataset.id === String(picture.id)))
      }
    }

    function show(pictures) {
      results.textContent = ""
      status.textContent = pictures.length ? "" : t("none")
      for (const picture of pictures) {
        const button = crel("button", { type: "button", className: "story-picture-result", "aria-pressed": "false" }, [
          crel("img", { src: picture.thumb, alt: "", loading: "lazy" }),
          crel("span", { textContent: picture.alt, dir: "auto" }),
        ])
        button.dataset.id = picture.id
        button.addEventListener("click", () => choose(picture))
        results.append(button)
      }
    }

    let asked = 0
    function find() {
      const ask = ++asked
      fetch(`${options.library}?${new URLSearchParams({ q: search.value })}`, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((answer) => {
          if (ask === asked) show(answer.results)
        })
        .catch(() => {
          status.textContent = t("failed")
        })
    }
    let timer = null
    search.addEventListener("input", () => {
      clearTimeout(timer)
      timer = setTimeout(find, 250)
    })

    // Upload: through the image admin's own form (its validator, its required alt text).
    const file = crel("input", { type: "file", name: "file", accept: "image/*" })
    const newAlt = crel("input", { type: "text", name: "alt_text", maxLength: 300, dir: "auto" })
    const newCaption = crel("input", { type: "text", name: "caption", maxLength: 500, dir: "auto" })
    const newCredit = crel("input", { type: "text", name: "credit", maxLength: 200, dir: "auto" })
    const send = crel("button", { type: "button", textContent: t("send") })
    const sendStatus = crel("p", { className: "story-dialog__status", role: "status" })
    send.addEventListener("click", () => {
      if (!file.files.length) {
        sendStatus.textContent = t("fileMissing")
        return
      }
      if (!newAlt.value.trim()) {
        sendStatus.textContent = t("altMissing")
        newAlt.focus()
        return
      }
      const body = new FormData()
      body.append("file", file.files[0])
      body.append("alt_text", newAlt.value.trim())
      body.append("caption", newCaption.value.trim())
      body.append("credit", newCredit.value.trim())
      send.disabled = true
      sendStatus.textContent = t("sending")
      fetch(options.upload, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
      })
        .then((response) => response.json().then((answer) => ({ ok: response.ok, answer })))
        .then(({ ok, answer }) => {
          if (!ok) {
            sendStatus.textContent = Object.values(answer.errors || {}).flat().join(" ") || t("failed")
            return
          }
          sendStatus.textContent = ""
          upload.open = false
          choose(answer)
          alt.focus()
        })
        .catch(() => {
          sendStatus.textContent = t("failed")
        })
        .finally(() => {
          send.disabled = false
        })
    })
    const upload = crel("details", { className: "story-picture-upload" }, [
      crel("summary", { textContent: t("upload") }),
      field(t("file"), file),
      field(t("alt"), newAlt, t("altHelp")),
      field(t("caption"), newCaption),
      field(t("credit"), newCredit),
      send,
      sendStatus,
    ])

    form.append(
      crel("h3", { className: "prose-editor-dialog-title", textContent: current ? t("edit") : t("title") }),
      field(t("search"), search),
      results,
      status,
      upload,
      chosenBox,
      problem,
      buttons(current ? t("update") : t("insert"), t("cancel"), close),
    )
    chosenBox.hidden = !current
    if (current) {
      preview.src = current.src
      alt.value = current.alt
    }
    find()

    form.addEventListener("submit", (event) => {
      event.preventDefault()
      const fail = (message, focus) => {
        problem.textContent = message
        problem.hidden = false
        if (focus) focus.focus()
      }
      if (!chosen) return fail(t("choose"), search)
      if (!alt.value.trim()) return fail(t("altMissing"), alt)
      close({ picture: { ...chosen, alt: alt.value.trim() }, caption: caption.value.trim() })
    })
  })
}

export const StoryPicture = Node.create({
  name: "storyPicture",
  group: "block",
  content: "storyImage storyCaption?",
  draggable: true,
  isolating: true,

  addOptions() {
    return { library: "", upload: "", labels: {} }
  },

  addExtensions() {
    // A paragraph always follows the last block, so a picture or embed never ends the text for good.
    return [StoryImage, StoryCaption, TrailingNode]
  },

  addAttributes() {
    return {
      image: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute("data-image") || ""
          return /^[0-9]{1,9}$/.test(id) ? id : null
        },
        renderHTML: (attributes) => (attributes.image ? { "data-image": attributes.image } : {}),
      },
    }
  },

  parseHTML() {
    // Any figure holding a picture (an imported one may not be from the library); embeds are
    // StoryEmbed's.
    return [
      {
        tag: "figure",
        priority: 60,
        getAttrs: (element) => (!element.hasAttribute("data-embed") && element.querySelector("img") ? null : false),
      },
    ]
  },

  renderHTML({ HTMLAttributes }) {
    return ["figure", HTMLAttributes, 0]
  },

  addCommands() {
    return {
      pictureFromLibrary:
        () =>
        ({ editor, state }) => {
          const found = selectedPicture(state)
          let current = null
          if (found) {
            const image = found.node.firstChild
            current = {
              id: found.node.attrs.image,
              src: image.attrs.src,
              alt: image.attrs.alt,
              width: image.attrs.width,
              height: image.attrs.height,
              hasCaption: found.node.childCount > 1,
            }
          }
          pictureDialog(editor, this.options, current).then((answer) => {
            if (!answer) return
            const { picture, caption } = answer
            const content = pictureContent(picture, caption)
            if (found) {
              const kept = found.node.childCount > 1 ? [found.node.child(1).toJSON()] : content.slice(1)
              const node = { type: this.name, attrs: { image: String(picture.id || "") || null }, content: [content[0], ...kept] }
              editor
                .chain()
                .focus()
                .insertContentAt({ from: found.pos, to: found.pos + found.node.nodeSize }, node)
                .run()
            } else {
              // With a paragraph after it, so the writing goes on below the picture.
              const node = { type: this.name, attrs: { image: String(picture.id) }, content }
              editor.chain().focus().insertContent([node, { type: "paragraph" }]).run()
            }
          })
          return true
        },
    }
  },

  addMenuItems({ buttons: menuButtons, menu }) {
    menu.defineItem({
      name: "storyPicture",
      groups: "nodes",
      command: (editor) => editor.commands.pictureFromLibrary(),
      button: menuButtons.material("add_photo_alternate", words(this.options)("button")),
      active: (editor) => editor.isActive("storyPicture"),
    })
  },
})

/* ---- Pull quotes -------------------------------------------------------------------------- */

export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "paragraph+",
  defining: true,

  addOptions() {
    return { labels: {} }
  },

  parseHTML() {
    // Before the plain blockquote's rule (priority 50).
    return [{ tag: "blockquote[data-pull]", priority: 60 }]
  },

  renderHTML() {
    return ["blockquote", { "data-pull": "" }, 0]
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    }
  },

  addMenuItems({ buttons: menuButtons, menu }) {
    menu.defineItem({
      name: "pullQuote",
      groups: "nodes",
      command: (editor) => editor.chain().focus().togglePullQuote().run(),
      button: menuButtons.material("record_voice_over", words(this.options)("button")),
      active: (editor) => editor.isActive("pullQuote"),
      enabled: (editor) => editor.can().togglePullQuote(),
    })
  },
})

/* ---- Embeds ------------------------------------------------------------------------------- */

function checkEmbed(options, address) {
  return fetch(`${options.check}?${new URLSearchParams({ url: address })}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  }).then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
}

async function embedDialog(editor, options, attrs) {
  const t = words(options)
  let values = { url: attrs.url || "", title: attrs.title || "" }
  let problem = ""
  for (;;) {
    const asked = updateAttrsDialog(
      {
        url: { type: "string", title: t("url"), description: problem || t("urlHelp"), required: true },
        title: { type: "string", title: t("caption"), description: t("captionHelp") },
      },
      { title: t("title"), submitText: attrs.url ? t("update") : t("insert") },
    )(editor, values)
    // The dialog is open now: an address reads left to right, and a refusal stands out.
    const url = editor.view.dom.parentElement.querySelector("dialog[open] input[name=url]")
    if (url) {
      url.dir = "ltr"
      url.closest(".prose-editor-dialog-field").classList.toggle("is-refused", Boolean(problem))
    }
    values = await asked
    if (!values) return null
    try {
      const answer = await checkEmbed(options, values.url)
      if (answer.ok) return { provider: answer.provider, url: answer.url, title: values.title.trim() }
      problem = answer.error
    } catch {
      problem = t("failed")
    }
  }
}

export const StoryEmbed = Node.create({
  name: "storyEmbed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { check: "", providers: {}, labels: {} }
  },

  addAttributes() {
    return {
      provider: { default: null, parseHTML: (element) => element.getAttribute("data-embed"), rendered: false },
      url: {
        default: "",
        parseHTML: (element) => element.querySelector("a[href]").getAttribute("href"),
        rendered: false,
      },
      title: {
        default: "",
        parseHTML: (element) => element.querySelector("a[href]").textContent.trim(),
        rendered: false,
      },
    }
  },

  parseHTML() {
    return [{ tag: "figure[data-embed]", priority: 70, getAttrs: (element) => (element.querySelector("a[href]") ? null : false) }]
  },

  renderHTML({ node }) {
    // As masthead.core.embeds.embed_markup writes it: the address's own text when untitled.
    const { provider, url, title } = node.attrs
    return ["figure", { "data-embed": provider }, ["a", { href: url }, title && title !== url ? title : url]]
  },

  // A card in the editor, never a live link (a click would leave the form).
  addNodeView() {
    return ({ node }) => {
      const name = this.options.providers[node.attrs.provider] || node.attrs.provider
      const title = node.attrs.title && node.attrs.title !== node.attrs.url ? node.attrs.title : ""
      const dom = crel("figure", { className: "story-embed-card", "data-embed": node.attrs.provider }, [
        crel("span", { className: "story-embed-card__provider", textContent: name }),
        crel("span", { className: "story-embed-card__title", textContent: title, dir: "auto" }),
        crel("span", { className: "story-embed-card__url", textContent: node.attrs.url, dir: "ltr" }),
      ])
      return { dom }
    }
  },

  addCommands() {
    return {
      embedFromAddress:
        () =>
        ({ editor, state }) => {
          const { selection } = state
          const current = selection.node && selection.node.type.name === this.name ? selection : null
          embedDialog(editor, this.options, current ? current.node.attrs : {}).then((attrs) => {
            if (!attrs) return
            const node = { type: this.name, attrs }
            const chain = editor.chain().focus()
            if (current) chain.insertContentAt({ from: current.from, to: current.to }, node).run()
            else chain.insertContent([node, { type: "paragraph" }]).run()
          })
          return true
        },
    }
  },

  addMenuItems({ buttons: menuButtons, menu }) {
    menu.defineItem({
      name: "storyEmbed",
      groups: "nodes",
      command: (editor) => editor.commands.embedFromAddress(),
      button: menuButtons.material("smart_display", words(this.options)("button")),
      active: (editor) => editor.isActive("storyEmbed"),
    })
  },
})
