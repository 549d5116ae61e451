"""Ad slots on the pages, direct-sold and house campaigns, their creatives, and honest counts."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import CheckedImageField
from masthead.core.html import sanitize_html
from masthead.core.images import validate_image
from masthead.core.models import Language

SIZES = RegexValidator(
    r"^\s*(\d{2,4}x\d{2,4})(\s*,\s*\d{2,4}x\d{2,4})*\s*$", _("Sizes like 300x250, 320x50.")
)


class AdSlot(models.Model):
    """A named place in the templates: {% ad_slot "article-sidebar" %}."""

    key = models.SlugField(_("key"), max_length=60, unique=True, help_text=_("The name templates use."))
    name = models.CharField(_("name"), max_length=100)
    phone_sizes = models.CharField(_("phone sizes"), max_length=100, blank=True, validators=[SIZES])
    desktop_sizes = models.CharField(_("desktop sizes"), max_length=100, blank=True, validators=[SIZES])
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("ad slot")
        verbose_name_plural = _("ad slots")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name or self.key


class Advertiser(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    contact = models.CharField(_("contact"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("advertiser")
        verbose_name_plural = _("advertisers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Campaign(models.Model):
    """A flight of ads: when, where, for whom, how often, and how important."""

    class Priority(models.IntegerChoices):
        # Higher wins: a sponsorship fills its slots before any standard campaign is considered.
        SPONSORSHIP = 30, _("Sponsorship")
        STANDARD = 20, _("Standard")
        HOUSE = 10, _("House")

    advertiser = models.ForeignKey(Advertiser, on_delete=models.PROTECT, related_name="campaigns")
    name = models.CharField(_("name"), max_length=200)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.STANDARD
    )
    weight = models.PositiveIntegerField(
        _("weight"), default=100, help_text=_("Share among campaigns of the same priority.")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    is_paused = models.BooleanField(_("paused"), default=False)
    slots = models.ManyToManyField(AdSlot, verbose_name=_("slots"), related_name="campaigns")
    languages = models.CharField(
        _("languages"), max_length=10, blank=True, help_text=_("en, ar or both (empty: both).")
    )
    sections = models.CharField(
        _("sections"), max_length=500, blank=True, help_text=_("Section slugs, comma-separated (empty: all).")
    )
    tags = models.CharField(
        _("tags"), max_length=500, blank=True, help_text=_("Tag slugs, comma-separated (empty: any page).")
    )
    daily_cap = models.PositiveIntegerField(
        _("daily cap"), null=True, blank=True, help_text=_("Ads served a day.")
    )
    total_cap = models.PositiveIntegerField(
        _("total cap"), null=True, blank=True, help_text=_("Ads served in all.")
    )
    is_paced = models.BooleanField(
        _("even pacing"),
        default=True,
        help_text=_("With a total cap: spread it evenly over the flight instead of as fast as possible."),
    )
    # Served so far (a capped campaign's count is kept exactly: see masthead.ads.serving).
    served = models.PositiveBigIntegerField(_("served"), default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="flight_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.advertiser}: {self.name}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The flight must end after it starts.")})
        for code in self.language_list:
            if code not in Language.values:
                raise ValidationError({"languages": _("Use en, ar, or both, comma-separated.")})

    @property
    def language_list(self) -> list[str]:
        return [c.strip() for c in self.languages.split(",") if c.strip()]

    @property
    def is_live(self) -> bool:
        now = timezone.now()
        return not self.is_paused and self.starts_at <= now < self.ends_at


class Creative(models.Model):
    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        HTML = "html", _("HTML (sanitised)")
        TAG = "tag", _("Third-party tag")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="creatives")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=5, choices=Kind.choices, default=Kind.IMAGE)
    image = CheckedImageField(_("image"), upload_to="ads/%Y/%m/", blank=True, validators=[validate_image])
    alt_text = models.CharField(_("alt text"), max_length=300, blank=True)
    click_url = models.URLField(_("click URL"), max_length=1000, blank=True)
    html = models.TextField(_("HTML"), blank=True)
    width = models.PositiveSmallIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveSmallIntegerField(_("height"), null=True, blank=True)
    weight = models.PositiveIntegerField(_("weight"), default=100)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("creative")
        verbose_name_plural = _("creatives")
        # A third-party tag runs the vendor's script on our pages, unsanitised: administrators only.
        permissions = [("add_thirdparty_tag", _("Can enter third-party ad tags"))]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = {}
        if self.kind == self.Kind.IMAGE:
            if not self.image:
                errors["image"] = _("An image creative needs an image.")
            if not self.alt_text.strip():
                errors["alt_text"] = _("Describe the image for readers who cannot see it.")
            if not self.click_url:
                errors["click_url"] = _("An image creative needs a click URL.")
        elif not self.html.strip():
            errors["html"] = _("This creative needs its HTML.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        if self.kind == self.Kind.HTML:
            # Editors' HTML: no scripts, no handlers (third-party tags are a kind of their own).
            self.html = sanitize_html(self.html)
        super().save(*args, **kwargs)


class CampaignDay(models.Model):
    """Ads a campaign served on one day (local), for its daily cap; kept exactly."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="days")
    day = models.DateField()
    served = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "day"], name="one_row_per_campaign_day")]

    def __str__(self) -> str:
        return f"{self.campaign_id} {self.day}: {self.served}"


class CreativeDay(models.Model):
    """Per creative and day: served, seen (viewable) and clicked, for the reports."""

    creative = models.ForeignKey(Creative, on_delete=models.CASCADE, related_name="days")
    day = models.DateField()
    served = models.PositiveIntegerField(default=0)
    impressions = models.PositiveIntegerField(default=0)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["creative", "day"], name="one_row_per_creative_day")]

    def __str__(self) -> str:
        return f"{self.creative_id} {self.day}"


class AdsTxt(models.Model):
    """The site's /ads.txt (IAB Tech Lab), edited in the back office; one row."""

    content = models.TextField(
        _("ads.txt"),
        blank=True,
        help_text=_(
            "One line per authorised seller: domain, account id, DIRECT or RESELLER, [authority id]."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("ads.txt")
        verbose_name_plural = _("ads.txt")

    def __str__(self) -> str:
        return "ads.txt"

    def clean(self) -> None:
        for number, line in enumerate(self.content.splitlines(), 1):
            text = line.split("#", 1)[0].strip()
            if not text or "=" in text.split(",")[0]:
                continue  # comments, blank lines and variables (contact=, subdomain=)
            fields = [f.strip() for f in text.split(",")]
            if len(fields) < 3 or fields[2].upper() not in ("DIRECT", "RESELLER"):
                raise ValidationError(
                    {
                        "content": _("Line %(n)s: expected domain, account id, DIRECT or RESELLER.")
                        % {"n": number}
                    }
                )
