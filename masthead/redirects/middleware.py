"""The redirects of missing pages' addresses, answered instead of their 404s."""

from django.http import Http404, HttpRequest, HttpResponse

from masthead.redirects.views import answer_missing


class RedirectMiddleware:
    """Answers a 404 with the redirect of its address, if it has one.

    Last in MIDDLEWARE (innermost): it sees a 404 before LocaleMiddleware and CommonMiddleware
    turn it into their own redirects (a language prefix, a trailing slash), so an old address is
    one hop to its new home, never a guess followed by another redirect.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 404:
            return answer_missing(request) or response
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A view's Http404: the redirect, before the 404 page is rendered."""
        return answer_missing(request) if isinstance(exception, Http404) else None
