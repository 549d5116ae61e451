"""The ad desk's back office: slots, advertisers, campaigns with their creatives and reports, ads.txt."""

from masthead.ads.admin import campaigns, desk  # noqa: F401 - they register the models
