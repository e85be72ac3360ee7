"""A Chat Completions endpoint for tests: the real `openai` client talks to it over 127.0.0.1."""

from __future__ import annotations

import json
from typing import Any

from aremu.testing.http import Recorded, Reply

GOOD_OUTPUT: dict[str, Any] = {
    "job_titles": ["Finance Officer", "Accountant", "Accounts Officer", "Financial Accountant"],
    "skills": ["ms excel", "QuickBooks", "Bank reconciliation", "IFRS"],
    "industry": "FMCG & Manufacturing",
    "job_function": "Finance & Accounting",
    "summary": "*Finance Officer* at a food manufacturer in Ibadan.\n• Process vendor payments\n• Month-end closing",
    "experience_level": "mid",
    "years_experience_min": 3,
    "years_experience_max": None,
    "work_arrangement": "unknown",
}


def completion(content: str | None, *, refusal: str | None = None, finish_reason: str = "stop",
               prompt_tokens: int = 1000, completion_tokens: int = 200) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": 1_700_000_000, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": finish_reason, "logprobs": None,
                     "message": {"role": "assistant", "content": content, "refusal": refusal}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def answer(output: dict[str, Any] | None = None, **kwargs: Any) -> Reply:
    return Reply(body=completion(json.dumps(output or GOOD_OUTPUT), **kwargs))


def error(status: int, message: str = "boom", **headers: str) -> Reply:
    body = {"error": {"message": message, "type": "server_error", "param": None, "code": None}}
    return Reply(status=status, body=body, headers=dict(headers))


def good_handler(request: Recorded) -> Reply:
    return answer()
