"""What every list page (section, tag, author) does with its cards: the lead, and paging."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.http import Http404


def unsponsored_first(cards: Sequence[Any]) -> list[Any]:
    """The same cards, the newest unsponsored one moved to the front.

    A list page shows its first card large, as the page's lead, and paid content never leads a
    front; the rest keep their order. Duck-typed on `is_sponsored`, so any app's list may use it.
    """
    lead = next((c for c in cards if not c.is_sponsored), None)
    return list(cards) if lead is None else [lead, *(c for c in cards if c is not lead)]


# A list is read a page at a time and never counted: counting the stories of a busy tag costs
# more than rendering its page, and on a big archive far more. Numbered pages stop here; older
# stories are reached by search, the sitemaps and the feeds.
MAX_PAGE = 500


@dataclass
class ListPage:
    """One page of a list, known to have an older page or not, without knowing how many there
    are. Quacks like the part of Django's `Page` that list templates use."""

    number: int
    object_list: list[Any]
    has_next: bool

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def list_page(items: Any, number: str | int | None, size: int) -> ListPage:
    """Page `number` (1 when absent) of `items`, a sliceable list or queryset, newest first.

    Reads size + 1 items: the extra one says whether an older page exists. A page that is not
    a number from 1 to MAX_PAGE, or past the end of the list, is not found.
    """
    try:
        number = int(number or 1)
    except (TypeError, ValueError):
        raise Http404("That page number is not valid") from None
    if not 1 <= number <= MAX_PAGE:
        raise Http404("That page number is not valid")
    start = (number - 1) * size
    rows = list(items[start : start + size + 1])
    if not rows and number > 1:
        raise Http404("That page is past the end of the list")
    return ListPage(number, rows[:size], len(rows) > size)


class PagedList:
    """For a `ListView`: paginate by `list_page`, never counting the list (`MAX_PAGE`)."""

    paginate_by = 20

    def paginate_queryset(self, queryset: Any, page_size: int) -> tuple[None, ListPage, list[Any], bool]:
        page = list_page(queryset, self.kwargs.get("page") or self.request.GET.get("page"), page_size)
        return None, page, page.object_list, page.has_other_pages()
