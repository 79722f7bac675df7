"""--limit and --sample: a quick look at a large input, reproducibly, in one pass and bounded memory."""

from __future__ import annotations

import random
from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def take(items: Iterable[T], limit: int | None = None, sample: int | None = None, seed: int = 0) -> Iterator[T]:
    """The first ``limit`` items, then a uniform sample of ``sample`` of them.

    The sample is a reservoir over the stream (Algorithm R): one pass, ``sample`` items held, and the chosen items
    come out in input order, so the same input, size and seed always give the same records."""
    items = iter(items) if limit is None else islice(items, limit)
    if sample is None:
        yield from items
        return
    rng = random.Random(seed)
    reservoir: list[tuple[int, T]] = []
    for i, item in enumerate(items):
        if i < sample:
            reservoir.append((i, item))
        else:
            j = rng.randrange(i + 1)
            if j < sample:
                reservoir[j] = (i, item)
    reservoir.sort(key=lambda pair: pair[0])
    yield from (item for _, item in reservoir)
