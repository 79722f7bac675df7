"""Build specs and references directly, so engine tests control every number."""

import numpy as np

from quarkcli.engine.reference import build_reference, dimension_stats
from quarkcli.spec import load_spec


def make_spec(tmp_path, dims, normalization=None, weighting=None, name="engine-test"):
    """dims: list of (id, risk, target, weight)."""
    lines = [f"name: {name}", "version: 1", "dimensions:"]
    for dim_id, risk, target, weight in dims:
        lines.append(f"  - {{id: {dim_id}, category: expert, type: mock_words, risk: {risk}, "
                     f"target: {target}, weight: {weight}}}")
    for section, values in (("normalization", normalization), ("weighting", weighting)):
        if values:
            lines.append(f"{section}:")
            lines += [f"  {k}: {v}" for k, v in values.items()]
    path = tmp_path / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return load_spec(path)


def make_reference(spec, columns: dict[str, list[float]]):
    stats = {}
    for d in spec.dimensions:
        values = [v for v in columns.get(d.id, []) if v is not None and not np.isnan(v)]
        unscored = len(columns.get(d.id, [])) - len(values)
        stats[d.id] = dimension_stats(values, unscored, 0, 0)
    n = max((len(v) for v in columns.values()), default=0)
    return build_reference(spec, n, stats)
