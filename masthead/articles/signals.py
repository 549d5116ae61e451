"""Signals other apps listen to, so that everything that depends on a story learns of changes.

`article_published` is sent when a story goes live (at once or at its scheduled time),
`article_changed` whenever a live story, or something it displays, changes. Page caches,
related-story indexes, feeds and newsletters connect to these in their own `ready()`.
"""

import django.dispatch

article_published = django.dispatch.Signal()  # sender=Article, article=…
article_unpublished = django.dispatch.Signal()  # sender=Article, article=…
article_changed = django.dispatch.Signal()  # sender=Article, article=…
