"""Signal receivers: the console listens to the apps below it, which never import it."""

from __future__ import annotations

import logging
from typing import Any

from console.alerts import webhook_refusals_count

logger = logging.getLogger(__name__)


def count_webhook_refusal(sender: Any, *, count: int, **kwargs: Any) -> None:
    try:
        webhook_refusals_count(count=count)
    except Exception:  # noqa: BLE001 - counting must never change what the webhook answers Meta
        logger.exception("could not count %s refused webhook event(s)", count)
