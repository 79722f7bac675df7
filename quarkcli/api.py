"""The stable API for plugins: everything a plugin may import from Quark, in one module.

Compatibility rule: within one minor series (0.1.x now, N.x after 1.0) nothing here is removed or changed
incompatibly, and the hook signatures in docs/plugin-hooks.md stay the same; so a plugin declares
``quark-align>=0.1,<0.2`` (after 1.0: ``>=1.N,<2``). ``API_VERSION`` names the series. Anything imported
from elsewhere in ``quarkcli`` may change in any release. ``quarkcli.testing`` follows the same rule.
"""

from . import hookimpl
from .dimensions import CATEGORIES, CATEGORY_HINTS, Dimension, DimensionType, Record, Score
from .errors import QuarkError

API_VERSION = "0.1"

__all__ = ["API_VERSION", "CATEGORIES", "CATEGORY_HINTS", "Dimension", "DimensionType", "QuarkError", "Record",
           "Score", "hookimpl"]
