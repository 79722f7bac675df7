"""Scoring throughput for specs/medical.yaml: records per second, one process, all cores, Ray.

Builds N unique records from the bundled examples (see ``vary``), then measures, in the same run:
1. the JSON I/O floor: read, parse, serialise and write the same records, with orjson (what quark uses) and with
   the standard library's json;
2. the in-process scorer (read, score, combine, write the lines) on the spec's rule and format dimensions (the
   headline), with a per-dimension breakdown in CPU time;
3. the end-to-end `quark score` command writing scores.jsonl, as a user runs it, with --workers 1 and 2,
   and with --ray local --workers 2 when Ray is installed (with --workers 2 also the CPU time of the parent
   and of its workers, and their peak memory);
4. peak memory for N and 4N records, to show that scoring streams, and --workers 2 on the 4N records (and, from
   the difference between the N and 4N runs, the speedup of --workers 2 with the start-up left out, on its own line);
5. the in-process scorer again on varied text: the labeled medical-checks benchmark's dev and training cases, written
   by many writers, whose texts share little (the records above share most of their characters, which text- and
   state-keyed caches such as RE2's reward), against the JSON floor on those same records;
6. each model dimension (red_flags_semantic, answers_benign_questions_semantic and harmful_claims_semantic, on a
   sentence encoder) on its own: its load time and its throughput (one encoder a process: the first line's load time
   includes it).

Usage: python benchmarks/score_throughput.py [--records 10000] [--semantic-records 500]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "medical.yaml"
EXAMPLES = ROOT / "examples" / "medical_qa.jsonl"


# Unique records: the examples are cycled, and each copy gets a greeting with a name and a town in its prompt's
# language (and, where the response is free prose, one with the name), so that no two records share a prompt:
# text-keyed caches must not make the benchmark faster than real traffic is. The responses whose form or language
# a check judges (about a third) are left as written, so they repeat.
LATIN_NAMES = ["Anna", "Maria", "Lukas", "Sofia", "David", "Elena", "Marco", "Julia", "Daniel", "Laura", "Paul",
               "Nina"]
LATIN_TOWNS = ["Leeds", "Porto", "Lyon", "Graz", "Bilbao", "Ghent", "Turin", "Cork", "Malmo", "Kassel"]
NAMES_TOWNS = {
    "en": (LATIN_NAMES, LATIN_TOWNS, "Hi, I'm {name} from {town}. "),
    "es": (LATIN_NAMES, LATIN_TOWNS, "Hola, soy {name}, de {town}. "),
    "fr": (LATIN_NAMES, LATIN_TOWNS, "Bonjour, je suis {name}, de {town}. "),
    "de": (LATIN_NAMES, LATIN_TOWNS, "Hallo, ich bin {name} aus {town}. "),
    "ru": (["Анна", "Мария", "Иван", "Ольга", "Дмитрий", "Елена", "Сергей", "Наталья", "Павел", "Ирина", "Олег",
            "Нина"], ["Казани", "Самары", "Перми", "Томска", "Омска", "Твери", "Уфы", "Тулы", "Читы", "Сочи"],
           "Здравствуйте, меня зовут {name}, я из {town}. "),
    "zh": (["王芳", "李伟", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄勇", "周杰", "吴娜", "徐明", "孙悦"],
           ["成都", "杭州", "西安", "南京", "武汉", "青岛", "厦门", "苏州", "长沙", "昆明"], "你好，我是来自{town}的{name}。"),
    "ja": (["さくら", "ゆうき", "はると", "あおい", "けんた", "みさき", "そうた", "ひなた", "りく", "ゆい", "だいき", "まな"],
           ["札幌", "仙台", "横浜", "名古屋", "京都", "神戸", "広島", "福岡", "熊本", "那覇"], "こんにちは、{town}の{name}です。"),
}
FIXED_FORM = {"json", "constraints", "length", "leaflet", "repetition", "language"}
"""Responses whose form or language is what a check judges: left exactly as written."""


def vary(record: dict, i: int) -> dict:
    """Copy ``i`` of an example: a greeting naming one of 120 people added to its prompt (in the prompt's
    language), and to a free-prose English response; what the checks should say about it does not change."""
    lang = next((t for t in record.get("tags", []) if t in NAMES_TOWNS), "en")
    names, towns, template = NAMES_TOWNS[lang]
    k = i // len(EXAMPLE_LIST)
    name, town = names[k % len(names)], towns[(k // len(names)) % len(towns)]
    varied = {**record, "id": f"bench-{i}", "prompt": template.format(name=name, town=town) + record["prompt"]}
    if not FIXED_FORM.intersection(record.get("tags", [])):
        varied["response"] = f"Hi {name}, thanks for writing from {town}. " + record["response"]
    return varied


EXAMPLE_LIST = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
VARIED = [ROOT / "benchmarks" / "medical_checks" / name for name in ("dev.jsonl", "train.jsonl")]
"""Never the test split: a speed benchmark has no business reading it."""


def make_data(path: Path, n: int) -> None:
    """N records from the examples, unique up to 120 copies of each (10,680 records); beyond that, they repeat."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps(vary(EXAMPLE_LIST[i % len(EXAMPLE_LIST)], i), ensure_ascii=False) + "\n")


def make_varied_data(path: Path) -> int:
    """The labeled cases' prompts and responses as records, one per distinct pair; returns how many."""
    seen = set()
    with path.open("w", encoding="utf-8") as out:
        for source in VARIED:
            for line in source.read_text(encoding="utf-8").splitlines():
                case = json.loads(line)
                pair = (case["prompt"], case["response"])
                if pair not in seen:
                    seen.add(pair)
                    out.write(json.dumps({"id": f"varied-{len(seen)}", "prompt": pair[0], "response": pair[1]},
                                         ensure_ascii=False) + "\n")
    return len(seen)


def spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def free_cores(n: int = 20_000_000) -> float:
    """How much faster two busy loops finish in two processes than one after the other: about 2 on two
    idle cores, about 1 when other work already fills them (then no scoring speedup is possible either)."""
    import multiprocessing

    start = time.perf_counter()
    spin(n)
    one = time.perf_counter() - start
    processes = [multiprocessing.get_context("spawn").Process(target=spin, args=(n,)) for _ in range(2)]
    start = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return 2 * one / (time.perf_counter() - start)


def json_floor(data: Path, out: Path, stdlib: bool = False) -> float:
    """Seconds to read, parse, serialise and write the records, with orjson as `quark score` does (or the
    standard library's json)."""
    import orjson

    from quarkcli.outputs import json_line

    loads, dumps = (json.loads, lambda value: json.dumps(value, ensure_ascii=False)) if stdlib else (orjson.loads,
                                                                                                      json_line)
    start = time.perf_counter()
    with data.open("rb") as source, out.open("w", encoding="utf-8") as sink:
        sink.writelines(dumps(loads(line)) + "\n" for line in source)
    return time.perf_counter() - start


MODEL_TYPES = ("semantic_red_flags", "semantic_refusal", "semantic_harmful_claims", "classifier_check")


def split_spec(tmp: Path) -> tuple[Path, dict[str, Path]]:
    """The medical spec's rule and format dimensions as one spec, and each of its model-based dimensions as a
    spec of its own: issue 13 reports a model layer apart from the rules, as its own dimension type."""
    import yaml

    from quarkcli.dimensions import dimension_types

    types = dimension_types()
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    rules = [d for d in spec["dimensions"] if types[d["type"]].type.preflight is None]
    models = {d["id"]: [d] for d in spec["dimensions"] if d["type"] in MODEL_TYPES}
    paths = {}
    for name, dims in {"rules": rules, **models}.items():
        paths[name] = tmp / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump({**spec, "dimensions": dims}, sort_keys=False, allow_unicode=True),
                               encoding="utf-8")
    return paths.pop("rules"), paths


def in_process(spec_path: Path, data: Path, out: Path) -> tuple[float, float]:
    """(records/s wall, records/s of CPU time) for the scorer as `quark score` drives it: read, score, combine,
    summarise and write the lines; the language detector is loaded before the clock starts (on records that
    the data does not contain), and every record is new to the scorer's caches."""
    from quarkcli.batch import output_lines
    from quarkcli.outputs import json_line
    from quarkcli.records import read_records
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec
    from quarkcli.summary import Summary

    spec = load_spec(spec_path)
    scorer = Scorer(spec)
    scorer.score_records(warm_up_records())
    summary = Summary(spec)
    start, cpu = time.perf_counter(), time.process_time()
    with out.open("w", encoding="utf-8") as sink:
        for items, batch in scorer.score_stream(read_records(str(data))):
            sink.writelines(json_line(line) + "\n" for line in output_lines(items, batch))
            summary.add(batch)
            summary.add_skipped(len(items) - len(batch))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return summary.n_records / elapsed, summary.n_records / cpu


def warm_up_records() -> list:
    """The examples as written: the benchmark's records all carry a greeting, so none of these is among them."""
    from quarkcli.records import make_record

    return [make_record(record, i, 10**6) for i, record in enumerate(EXAMPLE_LIST, start=1)]


def per_dimension(spec_path: Path, data: Path, n: int = 2000) -> dict[str, float]:
    """Records/s of CPU time per dimension on the first ``n`` records, in a process of its own so that no
    dimension finds them in a cache."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import score_throughput as b; "
            "print(json.dumps(b._per_dimension(*sys.argv[2:])))")
    proc = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(spec_path), str(data), str(n)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.splitlines()[-1])


def _per_dimension(spec_path: str, data: str, n: str) -> dict[str, float]:
    from quarkcli.records import read_records
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec

    scorer = Scorer(load_spec(spec_path))
    scorer.score_records(warm_up_records())
    records = [r for r in read_records(data)][:int(n)]
    found = {}
    for dspec, dimension in scorer.dimensions:
        start = time.process_time()
        dimension.score_batch(records)
        found[dspec.id] = len(records) / max(time.process_time() - start, 1e-9)
    return found


def semantic(spec_path: Path, data: Path, n: int) -> tuple[float, float] | str:
    """(seconds to load the sentence encoder, records/s after that) for a model dimension, on the last ``n``
    records, or why it was skipped."""
    from quarkcli.records import read_records
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec

    records = [r for r in read_records(str(data))][-n:]
    start = time.perf_counter()
    scorer = Scorer(load_spec(spec_path))
    if scorer.skipped:
        return "; ".join(scorer.skipped.values())
    scorer.score_records(records[:1])  # the encoder loads on first use
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    scorer.score_records(records[1:])
    return loaded, (len(records) - 1) / (time.perf_counter() - start)


def timed_score(spec: Path, data: Path, out: Path, *options: str) -> tuple[float, dict[str, float]]:
    """`quark score` end to end in a fresh process: wall seconds, and its resource use: peak RSS (KiB) and CPU
    seconds of the process itself, and of its workers (CPU summed, RSS of the largest)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c",
         "import resource, sys\n"
         "from quarkcli.cli import app\n"
         "code = 0\ntry:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
         "me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "print('USAGE', me.ru_maxrss, me.ru_utime + me.ru_stime, kids.ru_maxrss, kids.ru_utime + kids.ru_stime,"
         " file=sys.stderr)\n"
         "sys.exit(code)\n",
         "score", str(spec), str(data), "-o", str(out), "--quiet", "--format", "json", *options],
        capture_output=True, text=True, check=True, env={**os.environ, "RAY_AUTH_MODE": "disabled"},
    )
    elapsed = time.perf_counter() - start
    values = [float(v) for v in proc.stderr.split("USAGE")[-1].split()[:4]]
    return elapsed, dict(zip(("rss", "cpu", "workers_rss", "workers_cpu"), values))


def cpu_bound(single: dict[str, float], pair: dict[str, float]) -> float:
    """The --workers 2 speedup two idle cores would give: the parent's CPU is almost all the serial start-up
    (imports, Scorer, language models) before the workers fork, and the workers split the scoring evenly."""
    return single["cpu"] / (pair["cpu"] + pair["workers_cpu"] / 2)


def end_to_end(spec: Path, data: Path, out: Path, *options: str) -> tuple[float, int]:
    elapsed, usage = timed_score(spec, data, out, *options)
    return elapsed, int(usage["rss"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--semantic-records", type=int, default=500,
                        help="records for the sentence-encoder line (it runs far slower than the rules)")
    args = parser.parse_args()
    n = args.records
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        data, big, out = Path(tmp) / "data.jsonl", Path(tmp) / "big.jsonl", Path(tmp) / "scores.jsonl"
        rules, model_specs = split_spec(Path(tmp))
        make_data(data, n)
        make_data(big, 4 * n)
        varied = Path(tmp) / "varied.jsonl"
        n_varied = make_varied_data(varied)
        floor = min(json_floor(data, out) for _ in range(3))
        std_floor = min(json_floor(data, out, stdlib=True) for _ in range(3))
        per_dim = per_dimension(rules, data)
        rate, cpu_rate = in_process(rules, data, out)
        varied_floor = min(json_floor(varied, out) for _ in range(3))
        varied_rate, _ = in_process(rules, varied, out)
        wall, usage1 = timed_score(rules, data, out, "--workers", "1")
        rss = int(usage1["rss"])
        wall2, usage2 = timed_score(rules, data, out, "--workers", "2")
        cores = free_cores()
        ray_wall = (end_to_end(rules, data, out, "--ray", "local", "--workers", "2")[0]
                    if importlib.util.find_spec("ray") else None)
        wall_big, rss_big = end_to_end(rules, big, out, "--workers", "1")
        wall_big2, _ = end_to_end(rules, big, out, "--workers", "2")
        models = {dim_id: semantic(path, data, args.semantic_records) for dim_id, path in model_specs.items()}
    print(f"# quark score throughput ({platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)")
    print(f"spec: the {len(per_dim)} rule and format dimensions of specs/medical.yaml; {n:,} unique records "
          "from examples/medical_qa.jsonl")
    print(f"JSON I/O floor, orjson:   {n / floor:,.0f} records/s ({floor:.3f} s: read, parse, serialise, write)")
    print(f"JSON I/O floor, json:     {n / std_floor:,.0f} records/s ({std_floor:.3f} s)")
    print(f"in-process scorer:        {rate:,.0f} records/s wall, {cpu_rate:,.0f} per CPU second "
          f"({n / rate / floor:.0f}x the orjson floor, {n / rate / std_floor:.0f}x the json floor; detector loaded first)")
    print(f"varied text, in process:  {varied_rate:,.0f} records/s wall ({n_varied / varied_rate / varied_floor:.0f}x "
          f"the orjson floor on the same {n_varied:,} records: the medical-checks benchmark's dev and training cases; "
          f"the records above score {rate / varied_rate:.1f}x as fast)")
    print(f"`quark score` end to end: {n / wall:,.0f} records/s ({wall:.2f} s wall, start-up included; "
          f"{wall / floor:.0f}x the orjson floor, {wall / std_floor:.0f}x the json floor)")
    print(f"--workers 2:              {n / wall2:,.0f} records/s ({wall2:.2f} s; {wall / wall2:.2f}x --workers 1; "
          f"two busy loops ran {cores:.2f}x as fast in two processes as in one just after; CPU: parent "
          f"{usage2['cpu']:.2f} s, workers {usage2['workers_cpu']:.2f} s; peak RSS: parent "
          f"{usage2['rss'] / 1024:.0f} MiB, largest worker {usage2['workers_rss'] / 1024:.0f} MiB)")
    print(f"--workers 2, bound from CPU: {cpu_bound(usage1, usage2):.2f}x (--workers 1's CPU, {usage1['cpu']:.2f} s, "
          "over the parent's CPU plus half the workers': what two idle cores would give, robust to other load)")
    if ray_wall is None:
        print("--ray local --workers 2:  skipped (ray is not installed: pip install 'quark-align[ray]')")
    else:
        print(f"--ray local --workers 2:  {n / ray_wall:,.0f} records/s ({ray_wall:.2f} s, Ray start-up included; "
              f"{wall2 / ray_wall:.2f}x the throughput of --workers 2)")
    print(f"--workers 2, {4 * n:,} records: {wall_big / wall_big2:.2f}x --workers 1 ({wall_big2:.2f} s against "
          f"{wall_big:.2f} s: the start-up, serial, weighs less)")
    print(f"--workers 2, start-up left out: {(wall_big - wall) / (wall_big2 - wall2):.2f}x --workers 1 (the "
          f"{3 * n:,} records the {4 * n:,}-record runs score beyond the {n:,}-record ones: "
          f"{wall_big - wall:.2f} s against {wall_big2 - wall2:.2f} s)")
    print(f"peak RSS: {rss / 1024:.0f} MiB for {n:,} records, {rss_big / 1024:.0f} MiB for {4 * n:,} records "
          f"({wall_big:.2f} s; records repeat beyond 10,680)")
    for dim_id, model in models.items():
        if isinstance(model, str):
            print(f"{dim_id}: skipped ({model})")
        else:
            print(f"{dim_id}: {model[1]:,.1f} records/s after {model[0]:.1f} s loading the encoder "
                  f"({args.semantic_records:,} records; in process, apart from the rules)")
    print("per-dimension throughput (records/s of CPU time, 2,000 records):")
    for dim_id, value in sorted(per_dim.items(), key=lambda kv: kv[1]):
        print(f"  {dim_id:30s} {value:>10,.0f}")


if __name__ == "__main__":
    main()
