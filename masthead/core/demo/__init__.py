"""The demo newsroom behind `masthead demo-data`: phrase banks, drawings and the bulk builder."""
