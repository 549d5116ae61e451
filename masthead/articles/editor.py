"""The story editor's own nodes, as the body's extensions name them (`PROSE_EXTENSIONS`).

Their editing side is static/masthead/admin/story-editor.js, registered with django-prose-editor
in settings (DJANGO_PROSE_EDITOR_EXTENSIONS). Each writes the element a body stores
(masthead.core.html allows exactly these):

- a picture from the library: `<figure data-image="ID"><img src alt width height><figcaption>…`;
- a pull quote: `<blockquote data-pull=""><p>…</p></blockquote>`;
- an embed: `<figure data-embed="youtube"><a href="URL">title</a></figure>` (core.embeds).

The options below reach the script as each extension's configuration: the back office's
addresses it calls (masthead.articles.editor_views) and its words, in the editor's language.
Both are lazy: they are worked out when a form is shown, in that request's language.
"""

from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from masthead.core.embeds import PROVIDERS


def _embed_help() -> str:
    names = ", ".join(dict.fromkeys(provider.name for provider in PROVIDERS))
    return gettext("Paste the address of a post on %(providers)s, or a map's embed code.") % {
        "providers": names
    }


PICTURE_LABELS = {
    "button": _("Picture from the library"),
    "title": _("Insert a picture"),
    "edit": _("Edit the picture"),
    "search": _("Search the library (alt text, caption or credit)"),
    "none": _("No picture in the library matches."),
    "upload": _("Upload a new picture"),
    "file": _("Picture file"),
    "alt": _("Alt text (required)"),
    "altHelp": _("What the picture shows, for readers who cannot see it."),
    "caption": _("Caption"),
    "credit": _("Credit"),
    "send": _("Upload"),
    "sending": _("Uploading…"),
    "chosen": _("The picture for this story"),
    "choose": _("Choose a picture from the library, or upload one."),
    "altMissing": _("Write the alt text: what the picture shows."),
    "fileMissing": _("Choose the picture's file."),
    "failed": _("The library did not answer; try again."),
    "insert": _("Insert"),
    "update": _("Update"),
    "cancel": _("Cancel"),
}
EMBED_LABELS = {
    "button": _("Embed a video, post or map"),
    "title": _("Embed from another site"),
    "url": _("Address"),
    "urlHelp": lazy(_embed_help, str)(),
    "caption": _("Title shown on the card"),
    "captionHelp": _("Optional: what readers will see before they load it."),
    "checking": _("Checking the address…"),
    "failed": _("The address could not be checked; try again."),
    "insert": _("Insert"),
    "update": _("Update"),
}
PULL_QUOTE_LABELS = {"button": _("Pull quote")}

EDITOR_EXTENSIONS = {
    "PullQuote": {"labels": PULL_QUOTE_LABELS},
    "StoryPicture": {
        "library": reverse_lazy("admin:articles_image_library"),
        "upload": reverse_lazy("admin:articles_image_upload"),
        "labels": PICTURE_LABELS,
    },
    "StoryEmbed": {
        "check": reverse_lazy("admin:articles_article_embed"),
        # What the editor's card calls each `data-embed` value; "map" covers two providers.
        "providers": {p.key: p.name for p in PROVIDERS if p.key != "map"} | {"map": _("Map")},
        "labels": EMBED_LABELS,
    },
}


# What the story and page bodies' editor offers (django-prose-editor's extensions).
PROSE_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "HTML": True,
    "SpecialCharacters": True,
    # The browser's spell-checking stays on (the package turns it off unless told).
    "NoSpellCheck": False,
    # Pictures from the library, pull quotes and embeds (masthead.articles.editor).
    **EDITOR_EXTENSIONS,
}
