"""Django-Q2 tasks for delivery: thin wrappers that take ids and call services."""

from __future__ import annotations

from delivery import services


def send_message(message_id: int) -> None:
    services.message_send(message_id=message_id)


def deliver_job(job_id: int) -> int:
    return services.job_deliver(job_id=job_id)
