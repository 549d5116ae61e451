"""The demo newsroom: a realistic site on a fresh install (`masthead demo-data`)."""
