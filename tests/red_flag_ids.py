"""The ids of the red flags a prompt raises, for the class tests that assert which flag a description reads as."""

from quarkcli.default_plugins.red_flags import RedFlags


def flag_ids(prompt: str) -> set[str]:
    return {flag["id"] for flag, _ in RedFlags.shared().fired(prompt)}
