"""What the story editor asks the back office (static/masthead/admin/story-editor.js): pictures
from the library, found or uploaded through the image admin, and an embed's address checked.

Wired as the image and story admins' own addresses (masthead.articles.admin), so each answers only
to a signed-in member of staff, with the image admin's permissions and the image admin's form: the
same required alt text and the same picture validator as its "Add image" page.
"""

from django.contrib.admin import ModelAdmin
from django.contrib.admin.utils import construct_change_message
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from masthead.articles.models import Image
from masthead.core.embeds import PROVIDERS, pasted_address, provider_for

# The library's answer: the newest pictures that match, enough for a dialog to scroll through.
LIBRARY_PAGE = 30


def picture_data(image: Image) -> dict:
    """What the editor needs of a picture to show it and to write its element."""
    small = image.renditions.get("320")
    return {
        "id": image.pk,
        "src": image.file.url,
        "thumb": default_storage.url(small) if small else image.file.url,
        "alt": image.alt_text,
        "caption": figcaption_text(image),
        "width": image.width,
        "height": image.height,
    }


def figcaption_text(image: Image) -> str:
    """A body picture's caption, credit included, written as feeds write it: "Caption (Credit)"."""
    credit = f"({image.credit})" if image.credit else ""
    return " ".join(part for part in (image.caption, credit) if part)


@require_GET
def library(request: HttpRequest, model_admin: ModelAdmin) -> JsonResponse:
    """The newest pictures whose alt text, caption or credit hold every word asked for."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    images = Image.objects.exclude(file="")
    for word in request.GET.get("q", "").split()[:6]:
        images = images.filter(
            Q(alt_text__icontains=word) | Q(caption__icontains=word) | Q(credit__icontains=word)
        )
    found = images.order_by("-created_at", "-pk")[:LIBRARY_PAGE]
    return JsonResponse({"results": [picture_data(image) for image in found]})


@require_POST
def upload(request: HttpRequest, model_admin: ModelAdmin) -> JsonResponse:
    """A new picture, through the image admin's own form; its errors, field by field, if refused."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = model_admin.get_form(request)(request.POST, request.FILES)
    if not form.is_valid():
        errors = {field: [str(message) for message in messages] for field, messages in form.errors.items()}
        return JsonResponse({"errors": errors}, status=400)
    image = form.save()
    model_admin.log_addition(request, image, construct_change_message(form, [], True))
    return JsonResponse(picture_data(image), status=201)


@require_GET
def embed(request: HttpRequest) -> JsonResponse:
    """Whether an address (or a pasted embed code) is one stories may embed, and from whom."""
    address = pasted_address(request.GET.get("url", ""))[:2000]
    provider = provider_for(address)
    if provider is None:
        names = ", ".join(dict.fromkeys(p.name for p in PROVIDERS))
        error = _(
            "Stories embed posts from %(providers)s only. Add any other address to the text as a link."
        ) % {"providers": names}
        return JsonResponse({"ok": False, "error": error})
    return JsonResponse({"ok": True, "url": address, "provider": provider.key, "name": provider.name})
