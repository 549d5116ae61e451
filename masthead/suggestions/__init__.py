"""Tag suggestions for editors: the existing tags a draft mentions, then new names and phrases.

- `services.suggest_tags(text, language, limit=10)`: the suggestions, best first.
- `views.suggest`: the back office's JSON endpoint, mounted by the project at
  admin/suggestions/ (`include("masthead.suggestions.urls")`, reverse "suggestions:suggest";
  it must come before the admin's own "admin/" pattern).
- `static/masthead/suggestions.js`: the "Suggested tags" box for the story form, loaded with
  `<script src=".../masthead/suggestions.js" data-suggest-url="{% url 'suggestions:suggest' %}">`;
  new tags the editor picks are posted in a hidden input `new_tags` (comma-separated).
- `masthead suggest-tags --language en FILE`: the top ten for a text file.
"""
