"""Model servers a training run depends on, checked before the model loads.

A judge whose server cannot be reached would otherwise leave its dimension
unscored at every step while training carries on; one TCP connection per
server, made before anything heavy starts, turns that into a one-line error.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from ..backends.chat_http import ChatSettings
from ..scoring import Scorer

CONNECT_TIMEOUT = 5.0


def server_problem(base_url: str, timeout: float = CONNECT_TIMEOUT) -> str | None:
    """Why a server at ``base_url`` cannot be reached (None when a connection opens)."""
    parts = urlsplit(base_url)
    if not parts.hostname:
        return f"backend base_url {base_url!r} has no host"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return None
    except OSError as exc:
        return f"judge backend {base_url} unreachable ({exc.strerror or exc})"


def unreachable_servers(scorer: Scorer, timeout: float = CONNECT_TIMEOUT) -> dict[str, str]:
    """Per dimension that calls a chat server (its ``settings`` are ChatSettings): why the server is unreachable."""
    found: dict[str, str] = {}
    checked: dict[str, str | None] = {}
    for spec_dim, dimension in scorer.dimensions:
        settings = getattr(dimension, "settings", None)
        if isinstance(settings, ChatSettings):
            if settings.base_url not in checked:
                checked[settings.base_url] = server_problem(settings.base_url, timeout)
            if checked[settings.base_url]:
                found[spec_dim.id] = checked[settings.base_url]
    return found
