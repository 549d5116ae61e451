"""What the back office edits of the site's own files: the newsroom's additions to /robots.txt."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.pagecache.services import purge_on_commit
from masthead.syndication import robots

# The surrogate key /robots.txt is served under: saving the row purges it, here and at the CDN.
ROBOTS_KEY = "robots-txt"


class RobotsTxt(models.Model):
    """The newsroom's own lines for /robots.txt, added to the standard file; one row."""

    content = models.TextField(
        _("added rules"),
        blank=True,
        help_text=_(
            "Added to the standard robots.txt, one directive a line: User-agent, Allow, Disallow, "
            "Sitemap, Crawl-delay, and # comments. Rules before any User-agent line apply to every "
            "crawler. The sitemaps and the closed paths are always in the file."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("robots.txt")
        verbose_name_plural = _("robots.txt")

    def __str__(self) -> str:
        return "robots.txt"

    def clean(self) -> None:
        closed = robots.closed_paths()
        for number, line in enumerate(self.content.splitlines(), 1):
            error = robots.line_error(line, closed)
            if error is not None:
                raise ValidationError({"content": _("Line %(n)s: %(error)s") % {"n": number, "error": error}})

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        purge_on_commit({ROBOTS_KEY})

    def delete(self, *args, **kwargs):
        purge_on_commit({ROBOTS_KEY})
        return super().delete(*args, **kwargs)
