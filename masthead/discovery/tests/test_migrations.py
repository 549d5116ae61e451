"""Related stories and pins moved from the articles app: no table rebuilt, no permission lost."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from masthead.articles.tests.factories import UserFactory
from masthead.discovery.models import PinnedStory, RelatedStory


@pytest.mark.parametrize(
    ("app", "migration"), [("articles", "0008"), ("discovery", "0002")], ids=["articles", "discovery"]
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # SQLite: schema SQL outside a transaction
def test_moving_the_related_stories_changes_no_table(app, migration):
    sql = StringIO()
    call_command("sqlmigrate", app, migration, stdout=sql)
    statements = [line for line in sql.getvalue().splitlines() if line and not line.startswith("--")]
    assert statements in ([], ["BEGIN;", "COMMIT;"])  # only Django's record of the models moves


@pytest.mark.django_db
def test_the_tables_keep_their_names():
    assert RelatedStory._meta.db_table == "articles_relatedstory"
    assert PinnedStory._meta.db_table == "articles_pinnedstory"


@pytest.mark.django_db
def test_editors_keep_the_right_to_pin_related_stories():
    editor = UserFactory(username="desk", role="Editor")
    for action in ("add", "change", "delete", "view"):
        assert editor.has_perm(f"discovery.{action}_pinnedstory")
    granted = Group.objects.get(name="Editor").permissions.filter(codename__endswith="_pinnedstory")
    assert {p.content_type.app_label for p in granted} == {"discovery"}
    assert not ContentType.objects.filter(app_label="articles", model__in=["pinnedstory", "relatedstory"])


@pytest.mark.django_db
def test_contributors_still_may_not_pin():
    contributor = UserFactory(username="writer", role="Contributor")
    assert not contributor.has_perm("discovery.add_pinnedstory")
