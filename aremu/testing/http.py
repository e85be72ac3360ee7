"""A tiny threaded HTTP server on 127.0.0.1 for tests that must run the real client code.

Protocol fakes (the Graph API, OpenAI, job boards) are plain functions
`handler(request: Recorded) -> Reply`; the server records every request it got.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)  # dict/list → JSON, str/bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)


Handler = Callable[[Recorded], Reply]


@dataclass
class FakeServer:
    url: str
    requests: list[Recorded]
    handler_box: list[Handler]

    def set_handler(self, handler: Handler) -> None:
        self.handler_box[0] = handler


@contextmanager
def serve(handler: Handler) -> Iterator[FakeServer]:
    """Run `handler` behind a real HTTP server on a free loopback port for the duration of the block."""
    requests: list[Recorded] = []
    box: list[Handler] = [handler]
    stop = threading.Event()

    class _Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            recorded = Recorded(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
            requests.append(recorded)
            reply = box[0](recorded)
            if reply.delay:
                stop.wait(reply.delay)
            payload = reply.body
            if isinstance(payload, dict | list):
                payload = json.dumps(payload).encode()
                reply.headers.setdefault("Content-Type", "application/json")
            elif isinstance(payload, str):
                payload = payload.encode()
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        do_GET = do_POST = do_PUT = do_DELETE = _serve  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the access log
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FakeServer(url=f"http://127.0.0.1:{server.server_address[1]}", requests=requests, handler_box=box)
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
