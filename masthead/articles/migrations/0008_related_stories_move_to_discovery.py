"""Related stories and the editors' pins now belong to the discovery app.

Only Django's record of the models moves (discovery's 0002 takes them over); their tables keep
their names and their rows, so nothing is rebuilt.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_image_file_checked"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PinnedStory"),
                migrations.DeleteModel(name="RelatedStory"),
            ],
            database_operations=[],
        ),
    ]
