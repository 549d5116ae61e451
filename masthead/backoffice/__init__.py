"""The back office, composed: the story admin from the pieces each feature app owns, and the roles."""
