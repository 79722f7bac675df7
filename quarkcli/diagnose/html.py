"""The self-contained HTML report: a jinja2 template with inline SVG figures, all user text escaped."""

from __future__ import annotations

from pathlib import Path

from ..outputs import write_output
from .load import DiagnoseError


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
    template = env.get_template("report.html.j2")
    return template.render(d=diagnosis, figures=figures, fmt=_fmt, pct=_pct)


def write_html(diagnosis: dict, path: str | Path) -> None:
    write_output(str(path), render_html(diagnosis))


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def _pct(value) -> str:
    return "—" if value is None else f"{value:.0%}"
