"""The ``harmful_claims`` check, in parts: the patterns built from the grammar's word classes and the RE2 gate
that rules out most responses in one pass (``gate``), the framings that make a matched phrase no claim (negated,
conditional, a warning, a noun, a consequence, a question, quoted: ``framing``), the compiled rules (``grammar``),
and the verdict (``check``)."""

from .check import HarmfulClaims

__all__ = ["HarmfulClaims"]
