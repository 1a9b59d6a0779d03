"""Shared inputs for the ingest tests: realistic Indonesian articles and a local web server."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

HTML_DIR = Path(__file__).resolve().parents[2] / "data" / "html"

ANTARA_TEXT = (HTML_DIR.parent / "ingest" / "antara_batas_laut.txt").read_text(encoding="utf-8")


@pytest.fixture
def html_page() -> Callable[[str], bytes]:
    """The bytes of one of the outlet-style pages in tests/data/html."""
    return lambda name: (HTML_DIR / name).read_bytes()


@pytest.fixture
def antara_text() -> str:
    return ANTARA_TEXT


Route = tuple[int, dict[str, str], bytes]


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route | Callable[[], Route]]] = {}

    def do_GET(self) -> None:
        entry = self.routes.get(self.path)
        if entry is None:
            status, headers = 404, {"Content-Type": "text/html"}
            body = b"<html><body>Halaman tidak ditemukan</body></html>"
        else:
            status, headers, body = entry() if callable(entry) else entry
        self.send_response(status)
        for key, value in headers.items():
            if value:  # an empty value means "leave this header out" (no Content-Length: streamed)
                self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def web_server() -> Iterator[tuple[str, dict[str, Route | Callable[[], Route]]]]:
    """A real HTTP server on 127.0.0.1 at a free port; tests fill in its routes."""
    routes: dict[str, Route | Callable[[], Route]] = {}
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()

