import pytest

from masthead.imports.tests.httpserver import FileServer


@pytest.fixture
def file_server(tmp_path):
    """A web server on 127.0.0.1 serving tmp_path/"site" (see httpserver.FileServer for its switches)."""
    server = FileServer(tmp_path / "site").start()
    yield server
    server.stop()
