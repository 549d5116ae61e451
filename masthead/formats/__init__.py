"""Date and number formats where Masthead's newsroom writes them differently from Django's defaults."""
