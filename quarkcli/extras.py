"""Optional extras: one line saying what to install, instead of a ModuleNotFoundError traceback."""

from __future__ import annotations

import importlib.util

from .errors import QuarkError

# extra → (what users call it, the modules it provides)
EXTRAS = {
    "train": ("training extras", ("torch", "transformers", "trl", "accelerate", "datasets")),
    "models": ("model extras", ("torch", "transformers")),
    "mlflow": ("mlflow extra", ("mlflow",)),
    "wandb": ("wandb extra", ("wandb",)),
}


class MissingExtraError(QuarkError):
    """A feature whose optional dependencies are not installed."""


def missing(modules: tuple[str, ...]) -> list[str]:
    """The modules that cannot be imported here, found without importing them."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def require(extra: str, needed_by: str) -> None:
    """Raise, naming the pip command, when any module of ``extra`` is missing."""
    label, modules = EXTRAS[extra]
    absent = missing(modules)
    if absent:
        raise MissingExtraError(f"{needed_by} needs the {label}: pip install 'quark-align[{extra}]' "
                                f"(missing: {', '.join(absent)})")
