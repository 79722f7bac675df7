"""One error type for everything a user can cause.

Library code raises a ``QuarkError`` subclass with a one-line message; the CLI root prints it once
as ``error: …`` and exits with its ``exit_code``. Commands never catch and re-print these themselves.
"""

from __future__ import annotations

EXIT_INVALID = 2
EXIT_GATE = 3
EXIT_INTERNAL = 1


class QuarkError(Exception):
    """A failure the user can act on: ``str(exc)`` is the one-line message, ``exit_code`` the process status."""

    exit_code: int = EXIT_INVALID

    def __init__(self, message: str = "", *, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    def lines(self) -> list[str]:
        """What the CLI prints; subclasses with several findings (a spec's problems) return one per line."""
        return [f"error: {self}"]
