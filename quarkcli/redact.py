"""Secrets never reach an output file: error texts pass through ``redact`` before they are stored.

A gateway may echo the request (and its API key) in an error body, and that body ends up in evidence.
"""

from __future__ import annotations

import re

MASK = "[redacted]"
CREDENTIAL = re.compile(
    r"(?P<name>authorization|bearer|api[-_ ]?key|x-api-key|access[-_ ]?token)(?P<sep>[\"']?\s*[:=]?\s*[\"']?(?:bearer\s+)?)"
    r"(?P<value>[^\s\"',;}]{1,512})",
    re.IGNORECASE,
)


def redact(text: str, secrets: tuple[str, ...] | list[str] = ()) -> str:
    """``text`` without the given secret values and without any Authorization / Bearer / api-key value."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    return CREDENTIAL.sub(lambda m: m.group("name") + m.group("sep") + MASK, text)
