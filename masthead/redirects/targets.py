"""Where an old address leads, followed to its end: no redirect ever leads to another."""

from collections.abc import Mapping
from dataclasses import dataclass, replace

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

from masthead.articles.models import Article, Section, Tag
from masthead.articles.selectors import redirect_target
from masthead.authors.models import Author
from masthead.redirects.addresses import candidates, is_web_address, site_path, split
from masthead.redirects.models import Redirect
from masthead.redirects.selectors import find_redirect, live_answer

MAX_HOPS = 10  # a way longer than this is taken for a loop
# Reader pages named after one object: view name -> (model, the URL's keyword, the Target field).
OBJECT_PAGES = {
    "articles:section": (Section, "section", "section_id"),
    "articles:tag": (Tag, "slug", "tag_id"),
    "authors:detail": (Author, "slug", "author_id"),
}


@dataclass(frozen=True)
class Target:
    """Where an old address leads: exactly one of a story, a section's, tag's or author's page
    (in `language`, default settings.LANGUAGE_CODE), or an address (a path here, or http(s))."""

    article_id: int | None = None
    section_id: int | None = None
    tag_id: int | None = None
    author_id: int | None = None
    url: str = ""
    language: str = ""

    def fields(self) -> dict:
        """The Redirect fields this target sets: all of them, the unused ones cleared."""
        return {
            "article_id": self.article_id,
            "section_id": self.section_id,
            "tag_id": self.tag_id,
            "author_id": self.author_id,
            "target_url": self.url,
            "language": self.language or settings.LANGUAGE_CODE,
        }

    def is_valid(self) -> bool:
        """Exactly one target, and an address only if readers can be sent there."""
        chosen = (self.article_id, self.section_id, self.tag_id, self.author_id, self.url)
        return sum(1 for value in chosen if value) == 1 and (not self.url or is_web_address(self.url))

    @property
    def is_site_path(self) -> bool:
        return self.url.startswith("/") and not self.url.startswith("//")


class RedirectLoop(ValueError):
    """The way from an old address leads back to it (`address` is where the loop closes)."""

    def __init__(self, address: str):
        super().__init__(address)
        self.address = address


def target_of(redirect: Redirect) -> Target:
    """A stored redirect's target."""
    return Target(
        article_id=redirect.article_id,
        section_id=redirect.section_id,
        tag_id=redirect.tag_id,
        author_id=redirect.author_id,
        url=redirect.target_url,
        language=redirect.language,
    )


def normal_target(target: Target) -> Target:
    """`target` with its address in the stored form: a path here (given as a path or as an
    absolute URL on this site) decoded like an old path; another site's address as given."""
    if not target.url:
        return target
    here = site_path(target.url)
    return replace(target, url=here if here is not None else target.url.strip())


def settle(
    target: Target,
    *,
    leaving: str = "",
    pending: Mapping[str, Target] | None = None,
    memo: dict[Target, tuple[Target, frozenset[str]]] | None = None,
) -> Target:
    """Where `target` (stored form) finally leads.

    A path here that is a story's, section's, tag's or author's page becomes that object (then
    reached in one hop however it moves later); a path another redirect takes further (one of
    `pending`, not written yet, or a stored one) becomes that redirect's target; a path the site
    answers with a permanent redirect of its own (a story's old address, an old feed address)
    becomes where that leads. Raises RedirectLoop if the way comes back to `leaving`.

    `memo` keeps each way followed (with the same `pending`), for writers of many redirects to a
    few targets: an import's date archives all lead to the home page, which is asked once.
    """
    if memo is not None and target in memo:
        final, hops = memo[target]
    else:
        final, hops = _follow(target, pending or {})
        if memo is not None:
            memo[target] = (final, hops)
    if leaving and leaving in hops:
        raise RedirectLoop(leaving)
    return final


def _follow(target: Target, pending: Mapping[str, Target]) -> tuple[Target, frozenset[str]]:
    """(where `target` leads, the site paths passed on the way); RedirectLoop on a cycle."""
    seen: set[str] = set()
    for _ in range(MAX_HOPS):
        if not target.is_site_path:
            return target, frozenset(seen)  # an object's page, or another site
        url = target.url
        if url in seen:
            raise RedirectLoop(url)
        seen.add(url)
        named = _named_target(url, target.language)
        if named is not None:
            return named, frozenset(seen)
        answer = live_answer(url)
        if answer is None:  # a 404 here, unless a redirect takes it further
            further = _redirected(url, pending)
            if further is None:
                return target, frozenset(seen)
            target = further
        elif answer.status_code in (301, 308):
            target = normal_target(Target(url=answer["Location"], language=target.language))
        else:
            return target, frozenset(seen)
    raise RedirectLoop(target.url)


def _redirected(url: str, pending: Mapping[str, Target]) -> Target | None:
    """The target a request for `url` would be redirected to: a pending one first, else a stored one."""
    path, query = split(url)
    for address in candidates(path, query):
        if address in pending:
            return pending[address]
    found = find_redirect(path, query)
    return target_of(found) if found is not None else None


def _named_target(url: str, language: str) -> Target | None:
    """The story, section, tag or author whose reader page is at `url`, if it is such a page.

    A story counts at its address whatever its status (it may be published later), and at an
    address it had before.
    """
    path, query = split(url)
    page_language = translation.get_language_from_path(path)
    if query or page_language is None:
        return None
    with translation.override(page_language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    if match.view_name == "articles:detail":
        section, slug = match.kwargs["section"], match.kwargs["slug"]
        story = Article.objects.filter(language=page_language, slug=slug, section__slug=section).first()
        story = story or redirect_target(language=page_language, section_slug=section, slug=slug)
        return Target(article_id=story.pk) if story is not None else None
    if match.view_name not in OBJECT_PAGES:
        return None
    model, keyword, field = OBJECT_PAGES[match.view_name]
    found = model.objects.filter(slug=match.kwargs[keyword]).values_list("pk", flat=True).first()
    return Target(**{field: found}, language=page_language) if found is not None else None
