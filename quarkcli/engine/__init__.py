"""The reward engine: Reference-Frozen Normalization and Tri-Factor Adaptive Dynamic Weighting."""

from .calibrate import Calibrator
from .engine import Engine, SpecMismatch
from .reference import Reference, ReferenceFileError, load_reference
from .weighting import BatchStats

__all__ = ["BatchStats", "Calibrator", "Engine", "Reference", "ReferenceFileError", "SpecMismatch", "load_reference"]
