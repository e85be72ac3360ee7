"""A polite HTTP client for sources: a realistic user agent, a minimum gap between requests, retries with
exponential backoff and full jitter (honouring Retry-After), and a cap on requests per run. No cookies are kept.
"""

from __future__ import annotations

import json
import logging
import random
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.conf import settings

logger = logging.getLogger(__name__)

RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


class HttpError(Exception):
    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RequestCapError(HttpError):
    """This run has made all the requests it may; what was fetched so far is kept."""


@dataclass
class HttpClient:
    user_agent: str = ""
    min_interval: float = 0.0
    max_requests: int = 100
    retries: int = 3
    backoff_base: float = 2.0
    backoff_cap: float = 60.0
    timeout: float = 20.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    _last: float | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.user_agent = self.user_agent or settings.JOB_SOURCES_USER_AGENT

    def get_text(self, url: str, *, params: dict[str, Any] | None = None, accept: str = "text/html") -> str:
        return self._get(url, params=params, accept=accept).decode("utf-8", errors="replace")

    def get_json(self, url: str, *, params: dict[str, Any] | None = None) -> Any:
        body = self._get(url, params=params, accept="application/json")
        try:
            return json.loads(body)
        except ValueError as exc:
            raise HttpError(f"{url}: the answer is not JSON") from exc

    def _get(self, url: str, *, params: dict[str, Any] | None, accept: str) -> bytes:
        if params:
            url = f"{url}?{urlencode({k: v for k, v in params.items() if v is not None})}"
        for attempt in range(self.retries + 1):
            status, body, retry_after = self._attempt(url, accept)
            if status is not None and 200 <= status < 300:
                return body
            if status is not None and status not in RETRYABLE:
                raise HttpError(f"{url}: HTTP {status}", status=status)
            if attempt == self.retries:
                raise HttpError(f"{url}: gave up after {attempt + 1} tries (last: {status or 'no answer'})",
                                status=status)
            self.sleep(self._backoff(attempt, retry_after))
        raise AssertionError("unreachable")

    def _attempt(self, url: str, accept: str) -> tuple[int | None, bytes, float | None]:
        if self.requests >= self.max_requests:
            raise RequestCapError(f"request cap of {self.max_requests} per run reached")
        self._wait_turn()
        self.requests += 1
        if not url.startswith(("http://", "https://")):
            raise HttpError(f"{url}: only http(s) URLs are fetched")
        request = urllib.request.Request(url, headers={  # noqa: S310 - scheme checked above
            "User-Agent": self.user_agent, "Accept": accept, "Accept-Language": "en-GB,en;q=0.9",
        })
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - http(s) only
                return response.status, response.read(), None
        except urllib.error.HTTPError as exc:
            return exc.code, b"", _retry_after(exc.headers.get("Retry-After"))
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            logger.info("GET %s failed: %s", url, exc)
            return None, b"", None

    def _wait_turn(self) -> None:
        now = self.clock()
        if self._last is not None and now - self._last < self.min_interval:
            self.sleep(self.min_interval - (now - self._last))
        self._last = self.clock()

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        # Full jitter: many workers backing off from one board do not retry in step.
        delay = random.uniform(0, min(self.backoff_cap, self.backoff_base * 2**attempt))  # noqa: S311
        return max(delay, min(retry_after or 0.0, self.backoff_cap))


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
