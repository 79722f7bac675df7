"""The ``harmful_claims`` check, in parts: the patterns built from the grammar's word classes and the RE2 gate
that rules out most responses in one pass (``gate``), the framings that make a matched phrase no claim (negated,
conditional, a warning, a noun, a consequence, a question, quoted: ``framing``), the compiled rules (``grammar``),
the verdict (``check``), and the statements a response asserts (``statements``), read by meaning in the
``semantic_harmful_claims`` type (``semantic``: it loads torch only when created)."""

from .check import HarmfulClaims
from .statements import asserted_statements

__all__ = ["HarmfulClaims", "asserted_statements"]
