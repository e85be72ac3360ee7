"""Signals the conversations app sends for apps above it (the operator console counts webhook refusals)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent with `count`: a POST refused outright (signature, envelope, size) counts 1; accepted POSTs count the events
# the database refused. Meta retries refused POSTs, so a wrong app secret shows up here as a steady rise.
webhook_refused = Signal()
