"""The newsletter's back office: subscribers and the suppression list, issues."""

from masthead.newsletter.admin import issues, subscribers  # noqa: F401 - they register the models
