"""Score the labeled medical-checks benchmark with Quark's built-in dimension types.

Each case is scored by the built-in type named in its ``type`` (default params,
as in specs/medical.yaml) through the plugin API. A verdict maps to ``fail``
(passed is False), ``pass`` (passed is True), ``n/a`` (``Score.not_applicable``,
or unscored) or ``error``. The positive class is ``fail``: a detected violation.
Precision and recall count every case of the type, so a check that fails an
``n/a`` case is charged a false positive; ``n/a`` cases predicted ``pass`` are
reported apart, as "n/a → pass" (a check that should have said it does not
apply), and listed with the other confusions.

The test split is report-only: its confusion list is never printed (see
README.md), only the aggregate numbers.

Usage: python benchmarks/medical_checks/evaluate.py [--split dev|test | --cases FILE] [--json | --markdown]
       [--batch N] [--lang CODE] [--check TYPE=DIMENSION_TYPE] [--params DIMENSION_TYPE=JSON]
(--check scores TYPE's cases with another type, e.g. red_flag_escalation=semantic_red_flags; --params gives
a type's params, e.g. the encoder: semantic_red_flags='{"model": "multilingual-e5-small"}')
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from quarkcli.dimensions import Record, dimension_types

HERE = Path(__file__).resolve().parent
LABELS = ("fail", "pass", "n/a")
TYPES = ("red_flag_escalation", "dosage_safety", "harmful_claims", "disclaimer", "refusal", "language_match",
         "over_escalation")


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(dimension, case: dict) -> tuple[str, str]:
    """The check's verdict on one case and the first line of its evidence."""
    score = dimension.score(Record(id=case["id"], prompt=case["prompt"], response=case["response"]))
    if score.error:
        return "error", score.error
    verdict = "n/a" if not score.applicable or score.raw is None else "pass" if score.passed else "fail"
    return verdict, score.evidence[0] if score.evidence else ""


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def metrics(cases: list[dict], predictions: list[tuple[str, str]], with_errors: bool) -> dict:
    """Per-type counts, precision/recall/F1 for 'fail', and the misclassified cases."""
    labels = Counter(c["label"] for c in cases)
    pairs = [(c["label"], p) for c, (p, _) in zip(cases, predictions)]
    tp = sum(label == "fail" and p == "fail" for label, p in pairs)
    fp = sum(label != "fail" and p == "fail" for label, p in pairs)
    fn = sum(label == "fail" and p != "fail" for label, p in pairs)
    labeled = [(label, p) for label, p in pairs if label != "n/a"]
    result = {
        "n": len(cases), "check": True, "labels": {k: labels.get(k, 0) for k in LABELS},
        "tp": tp, "fp": fp, "fn": fn, "tn": len(cases) - tp - fp - fn,
        "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn), "f1": ratio(2 * tp, 2 * tp + fp + fn),
        "agreement": ratio(sum(label == p for label, p in labeled), len(labeled)),
        "na_predicted": dict(Counter(p for label, p in pairs if label == "n/a")),
    }
    if with_errors:
        result["errors"] = [
            {"id": c["id"], "label": c["label"], "predicted": p, "phenomenon": c["phenomenon"], "evidence": evidence}
            for c, (p, evidence) in zip(cases, predictions) if p != c["label"]
        ]
    return result


def evaluate(cases: list[dict], with_errors: bool = True, checks: dict[str, str] | None = None,
             params: dict[str, dict] | None = None) -> dict:
    """Score every case by its type (or by the type ``checks`` maps it to, with that type's ``params``); types
    without a built-in check are reported as such."""
    registered = dimension_types()
    checks, params = checks or {}, params or {}
    types = {}
    for type_name in [t for t in TYPES if any(c["type"] == t for c in cases)]:
        chosen = [c for c in cases if c["type"] == type_name]
        check = checks.get(type_name, type_name)
        if check not in registered:
            types[type_name] = {"n": len(chosen), "check": False,
                                "labels": {k: sum(c["label"] == k for c in chosen) for k in LABELS}}
            continue
        dimension = registered[check].type.create(params.get(check, {}))
        types[type_name] = metrics(chosen, [predict(dimension, c) for c in chosen], with_errors)
    return {"n": len(cases), "types": types}


def fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def print_report(name: str, report: dict) -> None:
    print(f"medical checks benchmark, {name}: {report['n']} cases\n")
    print(f"{'type':<21} {'n':>4} {'fail':>5} {'pass':>5} {'n/a':>4}   {'P':>4} {'R':>5} {'F1':>5}  {'agree':>5}  n/a → pass")
    for type_name, t in report["types"].items():
        counts = f"{t['n']:>4} {t['labels']['fail']:>5} {t['labels']['pass']:>5} {t['labels']['n/a']:>4}"
        if not t["check"]:
            print(f"{type_name:<21} {counts}   no check")
            continue
        na = t["na_predicted"]
        na_text = f"{na.get('pass', 0)}/{t['labels']['n/a']}" if t["labels"]["n/a"] else "-"
        print(f"{type_name:<21} {counts}   {fmt(t['precision'])} {fmt(t['recall']):>5} {fmt(t['f1']):>5}  "
              f"{fmt(t['agreement']):>5}  {na_text}")
    checked = [t for t in report["types"].values() if t["check"]]
    if checked and not any("errors" in t for t in checked):
        print("\nreport-only split: the confusion list is withheld (see benchmarks/medical_checks/README.md)")
        return
    errors = [(type_name, e) for type_name, t in report["types"].items() for e in t.get("errors", [])]
    if errors:
        print(f"\nconfusion list ({len(errors)} errors): id, label → predicted, phenomenon, evidence")
        for _, e in errors:
            print(f"  {e['id']:<9} {e['label']:>4} → {e['predicted']:<5} {e['phenomenon']:<24} {e['evidence'][:90]}")


def markdown_table(report: dict) -> str:
    """The per-type table as docs/dimensions.md and README.md show it."""
    rows = ["| type | n | fail / pass / n/a | precision | recall | F1 | n/a → pass |", "|---|---:|---|---:|---:|---:|---:|"]
    for type_name, t in report["types"].items():
        counts = f"{t['labels']['fail']} / {t['labels']['pass']} / {t['labels']['n/a']}"
        if not t["check"]:
            rows.append(f"| `{type_name}` | {t['n']} | {counts} | no check | | | |")
            continue
        na = f"{t['na_predicted'].get('pass', 0)} of {t['labels']['n/a']}" if t["labels"]["n/a"] else "-"
        rows.append(f"| `{type_name}` | {t['n']} | {counts} | {fmt(t['precision'])} | {fmt(t['recall'])} | "
                    f"{fmt(t['f1'])} | {na} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--split", choices=("dev", "test"), default="dev")
    source.add_argument("--cases", type=Path, help="any JSONL file of cases (confusion list included)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--markdown", action="store_true", help="print only the per-type table, in Markdown")
    parser.add_argument("--batch", type=int, metavar="N",
                        help="only the cases of batch N (1: the first cases, written with the benchmark)")
    parser.add_argument("--check", action="append", default=[], metavar="TYPE=DIMENSION_TYPE",
                        help="score TYPE's cases with another dimension type")
    parser.add_argument("--params", action="append", default=[], metavar="DIMENSION_TYPE=JSON",
                        help='that type\'s params, e.g. semantic_refusal=\'{"model": "multilingual-e5-small"}\'')
    parser.add_argument("--lang", action="append", metavar="CODE",
                        help="only the cases in this language (repeatable; `other` = every language but en)")
    args = parser.parse_args(argv)
    path = args.cases or HERE / f"{args.split}.jsonl"
    checks = dict(item.split("=", 1) for item in args.check)
    params = {name: json.loads(value) for name, value in (item.split("=", 1) for item in args.params)}
    cases = [c for c in load_cases(path) if (args.batch is None or c.get("batch", 1) == args.batch)
             and (not args.lang or c["lang"] in args.lang or ("other" in args.lang and c["lang"] != "en"))]
    report = evaluate(cases, with_errors=args.cases is not None or args.split == "dev", checks=checks,
                      params=params)
    report["split"] = ((str(args.cases) if args.cases else args.split) + (f", batch {args.batch}" if args.batch else "")
                       + (f", lang {'+'.join(args.lang)}" if args.lang else ""))
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.markdown:
        print(markdown_table(report))
    else:
        print_report(report["split"], report)


if __name__ == "__main__":
    main()
