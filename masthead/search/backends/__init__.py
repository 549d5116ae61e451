"""The search backend for the database in use: FTS5 on SQLite, `tsvector` on PostgreSQL."""

from django.db import connection

from masthead.search.backends.base import Backend
from masthead.search.backends.postgres import PostgresBackend
from masthead.search.backends.sqlite import SQLiteBackend


def get_backend() -> Backend:
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()
