"""The ad desk's back office: pausing, third-party tags, reports and CSV, the list's queries, ads.txt."""

import csv
import io
import re
from datetime import timedelta
from html import unescape
from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from masthead.ads.models import AdSlot, AdsTxt, Advertiser, Campaign, Creative, CreativeDay
from masthead.ads.serving import STAMP
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import UserFactory, uploaded_image
from masthead.core import versions

pytestmark = pytest.mark.django_db

TAG_HTML = '<script src="https://ads.vendor.example/tag.js" data-zone="42"></script>'
REFUSED = "Only administrators may enter third-party tags."
CHANGELIST = "/admin/ads/campaign/"


# --- rows ----------------------------------------------------------------------------------------


def slot() -> AdSlot:
    return AdSlot.objects.get_or_create(key="article-sidebar", defaults={"name": "Article sidebar"})[0]


def campaign(name: str = "Spring fares", advertiser: str = "Gulf Air", **fields) -> Campaign:
    now = timezone.now()
    row = Campaign.objects.create(
        advertiser=Advertiser.objects.get_or_create(name=advertiser)[0],
        name=name,
        **{"starts_at": now - timedelta(days=3), "ends_at": now + timedelta(days=30), **fields},
    )
    row.slots.set([slot()])
    return row


def creative(of: Campaign, name: str = "Leaderboard", **fields) -> Creative:
    defaults = {"kind": Creative.Kind.HTML, "html": '<p><a href="https://example.com/">Fly</a></p>'}
    return Creative.objects.create(campaign=of, name=name, **{**defaults, **fields})


def counted(of: Creative, days_ago: int, served: int, impressions: int, clicks: int) -> CreativeDay:
    day = timezone.localdate() - timedelta(days=days_ago)
    return CreativeDay.objects.create(
        creative=of, day=day, served=served, impressions=impressions, clicks=clicks
    )


def change_data(row: Campaign, *creatives: dict) -> dict:
    """The campaign's change form as the browser posts it, with these inline creatives."""
    starts, ends = timezone.localtime(row.starts_at), timezone.localtime(row.ends_at)
    data = {
        "advertiser": row.advertiser_id,
        "name": row.name,
        "priority": row.priority,
        "weight": row.weight,
        "starts_at_0": starts.strftime("%Y-%m-%d"),
        "starts_at_1": starts.strftime("%H:%M:%S"),
        "ends_at_0": ends.strftime("%Y-%m-%d"),
        "ends_at_1": ends.strftime("%H:%M:%S"),
        "slots": [s.pk for s in row.slots.all()],
        "is_paced": "on",
        "creatives-TOTAL_FORMS": len(creatives),
        "creatives-INITIAL_FORMS": sum(1 for c in creatives if c.get("id")),
        "creatives-MIN_NUM_FORMS": 0,
        "creatives-MAX_NUM_FORMS": 1000,
    }
    for i, fields in enumerate(creatives):
        data[f"creatives-{i}-campaign"] = row.pk
        data[f"creatives-{i}-weight"] = 100
        data[f"creatives-{i}-is_active"] = "on"
        data.update({f"creatives-{i}-{name}": value for name, value in fields.items()})
    return data


def change_url(row: Campaign) -> str:
    return reverse("admin:ads_campaign_change", args=[row.pk])


def report_url(row: Campaign) -> str:
    return reverse("admin:ads_campaign_report", args=[row.pk])


def table_rows(html: str, css_class: str) -> list[list[str]]:
    """The cells' text of each row of the table with this class."""
    table = re.search(rf'<table class="{css_class}">(.*?)</table>', html, re.S).group(1)
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<t[dh]>(.*?)</t[dh]>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ]


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def sales(db) -> User:
    return UserFactory(username="sales", role="Ad sales")


@pytest.fixture
def administrator(db) -> User:
    return UserFactory(username="chief", role="Administrator")


# --- roles ---------------------------------------------------------------------------------------


def test_ad_sales_books_campaigns_but_only_administrators_enter_tags(sales, administrator):
    assert sales.has_perm("ads.add_campaign") and sales.has_perm("ads.change_creative")
    assert sales.has_perm("ads.view_adstxt") and not sales.has_perm("ads.change_adstxt")
    assert not sales.has_perm("ads.add_thirdparty_tag") and not sales.has_perm("ads.delete_campaign")
    assert administrator.has_perm("ads.add_thirdparty_tag") and administrator.has_perm("ads.change_adstxt")
    # The newsroom's rights stay with the Administrator group.
    assert administrator.has_perm("articles.publish_article")


def test_create_user_puts_the_ad_desk_in_its_role():
    call_command(
        "create-user",
        "--username",
        "rana",
        "--role",
        "ad-sales",
        "--password",
        "a long enough secret",
        stdout=StringIO(),
    )
    assert list(User.objects.get(username="rana").groups.all()) == [Group.objects.get(name="Ad sales")]


# --- pausing -------------------------------------------------------------------------------------


def test_pausing_from_the_list_pauses_and_makes_the_servers_reload(sales, django_capture_on_commit_callbacks):
    chosen = [campaign("Spring fares"), campaign("Summer fares")]
    other = campaign("Autumn fares")
    client = login(sales)
    before = versions.current(STAMP)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            CHANGELIST, {"action": "pause", "_selected_action": [c.pk for c in chosen]}, follow=True
        )

    assert "2 campaigns paused." in response.text
    assert set(Campaign.objects.filter(is_paused=True)) == set(chosen)
    assert versions.current(STAMP) != before
    assert LogEntry.objects.filter(user=sales, object_id__in=[str(c.pk) for c in chosen]).count() == 2

    before = versions.current(STAMP)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CHANGELIST, {"action": "resume", "_selected_action": [chosen[0].pk, other.pk]})
    assert set(Campaign.objects.filter(is_paused=True)) == {chosen[1]}
    assert versions.current(STAMP) != before


# --- third-party tags ----------------------------------------------------------------------------


def test_ad_sales_cannot_enter_a_third_party_tag(sales):
    row = campaign()
    client = login(sales)

    page = client.get(change_url(row)).text
    assert 'value="html"' in page and 'value="tag"' not in page

    response = client.post(
        change_url(row), change_data(row, {"name": "Vendor tag", "kind": "tag", "html": TAG_HTML})
    )
    assert response.status_code == 200
    assert REFUSED in response.text
    assert not row.creatives.exists()


def test_an_administrator_enters_a_third_party_tag(administrator):
    row = campaign()
    client = login(administrator)

    assert 'value="tag"' in client.get(change_url(row)).text
    response = client.post(
        change_url(row), change_data(row, {"name": "Vendor tag", "kind": "tag", "html": TAG_HTML})
    )
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    # Stored as entered: the vendor's script is the point of a tag.
    assert row.creatives.get().html == TAG_HTML


def test_ad_sales_may_rename_a_tag_creative_but_not_rewrite_or_retype_it(sales):
    row = campaign()
    tag = creative(row, "Vendor tag", kind=Creative.Kind.TAG, html=TAG_HTML)
    client = login(sales)
    posted = {"id": tag.pk, "name": "Vendor tag (spring)", "kind": "html", "html": "<script>evil()</script>"}

    response = client.post(change_url(row), change_data(row, posted))

    assert response.status_code == 302
    tag.refresh_from_db()
    assert (tag.name, tag.kind, tag.html) == ("Vendor tag (spring)", Creative.Kind.TAG, TAG_HTML)


def test_ad_sales_cannot_turn_an_html_creative_into_a_tag(sales):
    row = campaign()
    html = creative(row, "House banner")
    client = login(sales)

    posted = {"id": html.pk, "name": "House banner", "kind": "tag", "html": TAG_HTML}
    response = client.post(change_url(row), change_data(row, posted))

    assert REFUSED in response.text
    html.refresh_from_db()
    assert html.kind == Creative.Kind.HTML


def test_ad_sales_uploads_an_image_creative_and_sees_its_preview(sales):
    row = campaign()
    client = login(sales)
    posted = {
        "name": "Spring MPU",
        "kind": "image",
        "image": uploaded_image("spring.jpg", width=300, height=250),
        "alt_text": "A plane over Manama at sunset",
        "click_url": "https://example.com/spring",
    }

    response = client.post(change_url(row), change_data(row, posted))

    assert response.status_code == 302
    image = row.creatives.get()
    assert image.image.name.endswith(".jpg")
    page = client.get(change_url(row)).text
    assert f'<img src="{image.image.url}" alt="A plane over Manama at sunset"' in page


def test_the_models_own_checks_still_apply_in_the_form(sales):
    row = campaign()
    response = login(sales).post(change_url(row), change_data(row, {"name": "Empty", "kind": "image"}))

    assert "An image creative needs an image." in response.text
    assert not row.creatives.exists()


# --- reports -------------------------------------------------------------------------------------


def test_the_report_shows_each_day_and_creative_with_its_click_through_rate(sales):
    row = campaign()
    banner, box = creative(row, "Banner"), creative(row, "Box")
    counted(banner, 2, served=300, impressions=200, clicks=3)
    counted(box, 2, served=5, impressions=3, clicks=2)
    counted(banner, 1, served=10, impressions=0, clicks=0)
    counted(banner, 9, served=999, impressions=999, clicks=999)  # before the range asked for
    today = timezone.localdate()
    client = login(sales)

    # Reached from the list and from the campaign's own page.
    assert f'href="{report_url(row)}"' in client.get(CHANGELIST).text
    assert f'href="{report_url(row)}"' in client.get(change_url(row)).text

    since, until = today - timedelta(days=2), today - timedelta(days=1)
    page = client.get(report_url(row), {"since": since.isoformat(), "until": until.isoformat()}).text

    assert table_rows(page, "ads-report-days") == [
        ["day", "served", "impressions", "clicks", "CTR"],
        [date_format(since, "SHORT_DATE_FORMAT"), "305", "203", "5", "2.46%"],
        [date_format(until, "SHORT_DATE_FORMAT"), "10", "0", "0", "—"],
        ["Total", "315", "203", "5", "2.46%"],
    ]
    assert table_rows(page, "ads-report-creatives")[1:] == [
        ["Banner", "HTML (sanitised)", "310", "200", "3", "1.50%"],
        ["Box", "HTML (sanitised)", "5", "3", "2", "66.67%"],
    ]
    assert "203 impressions in 2 days" in page and "<svg" in page


def test_the_csv_export_honours_the_dates_and_defuses_formulas(sales):
    row = campaign()
    formula = creative(row, '=HYPERLINK("https://evil.example","Click")')
    plain = creative(row, "Box")
    counted(formula, 3, served=1, impressions=1, clicks=1)
    counted(formula, 2, served=40, impressions=30, clicks=1)
    counted(plain, 2, served=20, impressions=0, clicks=0)
    counted(plain, 1, served=1, impressions=1, clicks=1)
    day = timezone.localdate() - timedelta(days=2)

    response = login(sales).get(
        report_url(row), {"since": day.isoformat(), "until": day.isoformat(), "format": "csv"}
    )

    assert response["Content-Type"].startswith("text/csv")
    assert csv_rows(response) == [
        ["day", "creative id", "creative", "kind", "served", "impressions", "clicks", "CTR (%)"],
        [day.isoformat(), str(formula.pk), "'" + formula.name, "html", "40", "30", "1", "3.33"],
        [day.isoformat(), str(plain.pk), "Box", "html", "20", "0", "0", ""],
    ]


@pytest.mark.parametrize("extra", [{}, {"format": "csv"}])
def test_a_bad_date_is_explained_not_an_error(sales, extra):
    row = campaign()
    client = login(sales)

    response = client.get(report_url(row), {"since": "2025-02-30", "until": "2025-03-31", **extra})
    assert response.status_code == 400
    assert "Enter the date as YYYY-MM-DD" in response.text

    response = client.get(report_url(row), {"since": "2025-04-01", "until": "2025-03-31", **extra})
    assert response.status_code == 400
    assert "The first day must not be after the last." in response.text


def test_the_report_is_for_those_who_may_see_campaigns():
    row = campaign()
    editor = UserFactory(username="editor", role="Editor")
    assert login(editor).get(report_url(row)).status_code == 403


def test_the_campaign_list_costs_the_same_queries_for_one_campaign_or_five(sales):
    client = login(sales)

    def listed(n: int) -> tuple[int, str]:
        for i in range(n):
            row = campaign(f"Campaign {i}", advertiser=f"Advertiser {i}", daily_cap=1000)
            for name in ("Banner", "Box"):
                counted(creative(row, name), 1, served=50, impressions=40, clicks=1)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(CHANGELIST).text
        Campaign.objects.all().delete()
        Advertiser.objects.all().delete()
        return len(queries), page

    one, page = listed(1)
    five, page = listed(5)
    assert one == five
    # Both creatives' figures are added up per campaign: 80 seen, 2 clicked.
    assert page.count('<td class="field-impressions">80</td>') == 5
    assert page.count('<td class="field-ctr">2.50%</td>') == 5


# --- ads.txt -------------------------------------------------------------------------------------


def test_ads_txt_is_edited_in_one_place_and_served(administrator, client):
    admin_client = login(administrator)

    # The list opens the one row, making it if there is none yet.
    response = admin_client.get("/admin/ads/adstxt/")
    row = AdsTxt.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/ads/adstxt/{row.pk}/change/"
    assert admin_client.get("/admin/ads/adstxt/add/").status_code == 403
    assert admin_client.get(f"/admin/ads/adstxt/{row.pk}/delete/").status_code == 403

    content = "# Masthead\ngoogle.com, pub-1234567890, DIRECT, f08c47fec0942fa0\ncontact=ads@masthead.test\n"
    response = admin_client.post(f"/admin/ads/adstxt/{row.pk}/change/", {"content": content})
    assert response.status_code == 302

    served = client.get("/ads.txt")
    assert served["Content-Type"].startswith("text/plain")
    assert served.text.splitlines() == content.splitlines()
    assert AdsTxt.objects.count() == 1


def test_a_bad_ads_txt_line_is_refused_with_its_number(administrator):
    row = AdsTxt.objects.create(content="google.com, pub-1, DIRECT\n")
    bad = "google.com, pub-1, DIRECT\n# partners\nexample.com pub-2 DIRECT\n"

    response = login(administrator).post(f"/admin/ads/adstxt/{row.pk}/change/", {"content": bad})

    assert response.status_code == 200
    assert "Line 3: expected domain, account id, DIRECT or RESELLER." in response.text
    row.refresh_from_db()
    assert row.content == "google.com, pub-1, DIRECT\n"
