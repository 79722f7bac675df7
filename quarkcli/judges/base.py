"""What every judge dimension shares: backend settings, the cache, concurrent calls, parse retries.

A grade that cannot be parsed after the allowed retries is unscored (null) with
the judge's raw text kept as evidence: never a default pass or fail.
"""

from __future__ import annotations

import asyncio
import os

from ..backends.cache import Cache, cache_key
from ..backends.chat_http import ChatClient, ChatError, ChatSettings
from ..dimensions import Dimension
from .parse import extract_json

BACKEND_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "base_url": {"type": "string", "description": "OpenAI-compatible server, e.g. http://localhost:8000/v1"},
        "model": {"type": "string"},
        "api_key_env": {"type": "string", "description": "Environment variable holding the API key."},
        "temperature": {"type": "number", "minimum": 0, "default": 0},
        "seed": {"type": "integer"},
        "max_tokens": {"type": "integer", "minimum": 1, "default": 512},
        "timeout": {"type": "number", "exclusiveMinimum": 0, "default": 60},
        "concurrency": {"type": "integer", "minimum": 1, "default": 16},
        "max_retries": {"type": "integer", "minimum": 0, "maximum": 20, "default": 4},
    },
}
COMMON_PARAMS = {
    "backend": BACKEND_SCHEMA,
    "parse_retries": {"type": "integer", "minimum": 0, "maximum": 5, "default": 1},
    "cache": {"type": "boolean", "default": True},
}
HOW_TO_CONFIGURE = ("no judge backend configured: set params.backend.base_url and model in the spec, "
                    "or QUARK_JUDGE_BASE_URL and QUARK_JUDGE_MODEL")


def backend_settings(params: dict) -> ChatSettings | None:
    backend = params.get("backend") or {}
    base_url = backend.get("base_url") or os.environ.get("QUARK_JUDGE_BASE_URL")
    model = backend.get("model") or os.environ.get("QUARK_JUDGE_MODEL")
    if not base_url or not model:
        return None
    return ChatSettings(
        base_url=base_url, model=model,
        api_key_env=backend.get("api_key_env") or os.environ.get("QUARK_JUDGE_API_KEY_ENV", "OPENAI_API_KEY"),
        temperature=backend.get("temperature", 0.0), seed=backend.get("seed"),
        max_tokens=backend.get("max_tokens", 512), timeout=backend.get("timeout", 60.0),
        concurrency=backend.get("concurrency", 16), max_retries=backend.get("max_retries", 4),
    )


def preflight(params: dict) -> str | None:
    return None if backend_settings(params) else HOW_TO_CONFIGURE


class JudgeDimension(Dimension):
    """Subclasses turn records into judge prompts and judge JSON into scores."""

    def __init__(self, params: dict):
        super().__init__(params)
        self.settings = backend_settings(params)
        self.client = ChatClient(self.settings) if self.settings else None
        use_cache = params.get("cache", True) and not os.environ.get("QUARK_NO_CACHE")
        self.cache = Cache() if use_cache and self.settings else None

    def usage(self) -> dict | None:
        if self.client is None:
            return None
        u = self.client.usage
        return {"calls": u.calls, "cache_hits": self.cache.hits if self.cache else 0, "retries": u.retries,
                "failures": u.failures, "prompt_tokens": u.prompt_tokens, "completion_tokens": u.completion_tokens}

    def ask(self, conversations: list[list[dict]]) -> list[dict | str]:
        """Judge every conversation concurrently: parsed JSON, or the raw text / error when it never parsed."""
        results: list[dict | str] = [""] * len(conversations)
        keys = [cache_key(backend="openai", url=self.settings.base_url, model=self.settings.model,
                          messages=c, temperature=self.settings.temperature, seed=self.settings.seed,
                          max_tokens=self.settings.max_tokens) for c in conversations]
        pending = []
        for i, key in enumerate(keys):
            cached = self.cache.get(key) if self.cache else None
            if cached is not None:
                results[i] = cached
            else:
                pending.append(i)
        for _ in range(self.params.get("parse_retries", 1) + 1):
            if not pending:
                break
            answers = asyncio.run(self.client.complete_many([self.client.payload(conversations[i]) for i in pending]))
            still = []
            for i, answer in zip(pending, answers):
                if isinstance(answer, ChatError):
                    results[i] = f"judge call failed: {answer}"
                    continue
                parsed = extract_json(answer[0])
                if parsed is None:
                    results[i] = answer[0]
                    still.append(i)
                else:
                    results[i] = parsed
                    if self.cache:
                        self.cache.put(keys[i], parsed)
            pending = still
        return results
