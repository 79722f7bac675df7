"""The self-contained HTML report: a jinja2 template with inline SVG figures, all user text escaped."""

from __future__ import annotations

from pathlib import Path

from ..outputs import write_output
from .flips import ARROWS
from .load import DiagnoseError
from .matrix import SMALL_SLICE
from .recommend import regression_text
from .relations import MIN_RELATION_N


def render_html(diagnosis: dict) -> str:
    try:
        import jinja2

        from . import plots
    except ImportError as exc:
        raise DiagnoseError(f"the HTML report needs jinja2 and matplotlib ({exc.name} is missing): "
                           "pip install 'quark-align[report]'") from None
    env = jinja2.Environment(loader=jinja2.PackageLoader("quarkcli.diagnose", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    rows = diagnosis["matrix"]["dimensions"]
    comparison = diagnosis["comparison"]
    figures = {
        "heatmap": plots.heatmap(rows),
        "bars": plots.target_bars(rows),
        "comparison": plots.comparison_plot(comparison["dimensions"]) if comparison and comparison["dimensions"] else "",
    }
    grid: dict[str, dict[str, dict]] = {}
    for cell in diagnosis["slices"]["cells"]:
        grid.setdefault(cell["tag"], {})[cell["dimension"]] = cell
    items = (diagnosis["flips"] or {}).get("items", [])
    flip_values = {"dimension": sorted({f["dimension"] for f in items}),
                   "tag": sorted({t for f in items for t in f["tags"]}),
                   "direction": [d for d in ARROWS if any(f["direction"] == d for f in items)]}
    template = env.get_template("report.html.j2")
    return template.render(d=diagnosis, figures=figures, fmt=_fmt, pct=_pct, signed=_signed, grid=grid,
                           flip_values=flip_values, arrows=ARROWS, regression_text=regression_text,
                           small_slice=SMALL_SLICE, min_relation_n=MIN_RELATION_N)


def write_html(diagnosis: dict, path: str | Path) -> None:
    write_output(str(path), render_html(diagnosis))


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def _pct(value) -> str:
    return "—" if value is None else f"{value:.0%}"


def _signed(value) -> str:
    return "—" if value is None else f"{value:+.2f}"
