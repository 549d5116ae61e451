import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what the block left for commit time (search indexing) at its end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
