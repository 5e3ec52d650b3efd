"""The pipeline benchmark: throughput, memory, scaling and crash safety on generated corpora.

    python -m dkcouncil.bench.pipeline --docs 1000 10000          # everything, both sizes
    python -m dkcouncil.bench.pipeline --docs 200 --skip kill      # a quick look

Documents are generated from the corpus templates (``corpus/``): each copy gets other
municipalities, dates, amounts and names, so every one is distinct (its own sha256) and
realistic. A page is 2,000 characters. Figures are whole-process measurements on this machine;
quote medians over runs, not single numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

from dkcouncil.batch.runner import PAGE_CHARS
from dkcouncil.read import iter_sources, read_path
from dkcouncil.resources import municipalities

_DATE = regex.compile(r"\b(\d{1,2})([-.])(\d{1,2})\2(20\d\d)\b")
_AMOUNT = regex.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+,\d+)(?= (?:kr\.|mio\.|mia\.))")


def generate_corpus(n: int, out_dir: Path, templates: Path, seed: int = 1) -> list[Path]:
    """Write ``n`` distinct documents varied from the text templates under ``templates``."""
    rng = random.Random(seed)
    texts = [(p.suffix, read_path(p).text) for p in iter_sources([templates]) if p.suffix in (".md", ".txt")]
    if not texts:
        raise SystemExit(f"no .md/.txt templates under {templates}")
    names = [m.name for m in municipalities()]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        suffix, text = texts[i % len(texts)]
        swap = dict(zip(rng.sample(names, 8), rng.sample(names, 8), strict=True))
        text = regex.sub("|".join(map(regex.escape, swap)), lambda m, swap=swap: swap[m.group(0)], text)
        text = _DATE.sub(
            lambda m: (
                f"{rng.randint(1, 28):02d}{m.group(2)}{rng.randint(1, 12):02d}{m.group(2)}"
                f"{rng.randint(2015, 2026)}"
            ),
            text,
        )
        text = _AMOUNT.sub(lambda m: f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}", text)
        path = out_dir / f"doc{i:06d}{suffix}"
        path.write_text(f"{text}\n\nLøbenummer {i}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _peak_rss_kib(args: list[str]) -> tuple[float, int]:
    """Wall seconds and the peak RSS of the largest process of one run, via a fresh child shell."""
    code = (
        "import resource,subprocess,sys,time;t=time.perf_counter();"
        f"subprocess.run({[sys.executable, '-m', 'dkcouncil', *args]!r},capture_output=True);"
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def stage_rates(paths: list[Path], ner: str = "default") -> dict[str, float]:
    """Words per second of each stage in this process, and of bare ``nlp.pipe`` with the same model."""
    from dkcouncil.emit import build_record
    from dkcouncil.repair import repair_text
    from dkcouncil.segment import segment
    from dkcouncil.tag import Tagger

    tagger = Tagger(ner)
    timings: dict[str, float] = dict.fromkeys(("read", "repair", "segment", "tag", "emit"), 0.0)
    words = 0
    texts = []

    def timed(stage: str, fn: Callable, *args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        result = fn(*args, **kwargs)
        timings[stage] += time.perf_counter() - started
        return result

    for path in paths:
        raw = timed("read", read_path, path)
        words += len(raw.text.split())
        repaired = timed("repair", repair_text, raw.text)
        seg = timed("segment", segment, repaired.text, source_format=raw.format)
        tagging = timed("tag", tagger.tag, repaired.text, seg)
        timed("emit", build_record, raw, repaired, seg, tagging, ner_model=tagger.model_name)
        texts.append(repaired.text)
    rates = {stage: words / seconds for stage, seconds in timings.items() if seconds}
    rates["pipeline"] = words / sum(timings.values())
    import spacy

    from dkcouncil.tag.backends import resolve_model_path

    nlp = spacy.load(resolve_model_path(ner))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    rates["bare_nlp_pipe"] = words / (time.perf_counter() - started)
    rates["words"] = words
    return rates


def kill_and_resume(paths_dir: Path, out: Path, after: float) -> dict[str, int]:
    """SIGKILL a run after ``after`` seconds, resume it, and count records lost and doubled."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "dkcouncil", "run", str(paths_dir), "-o", str(out), "--no-progress"],
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with out.open("rb") as fh:
        before = sum(1 for line in fh if line.endswith(b"\n"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dkcouncil",
            "run",
            str(paths_dir),
            "-o",
            str(out),
            "--resume",
            "--no-progress",
        ],
        capture_output=True,
        check=False,
    )
    shas = [json.loads(line)["sha256"] for line in out.read_text(encoding="utf-8").splitlines()]
    expected = len(list(iter_sources([paths_dir])))
    return {
        "complete_before_resume": before,
        "records": len(shas),
        "expected": expected,
        "lost": expected - len(set(shas)),
        "doubled": len(shas) - len(set(shas)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000], help="corpus sizes")
    parser.add_argument("--templates", type=Path, default=Path("corpus"))
    parser.add_argument("--skip", nargs="*", default=[], choices=("stages", "jobs", "kill"))
    parser.add_argument("--sample", type=int, default=100, help="documents for the per-stage rates")
    args = parser.parse_args(argv)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="dkcouncil-bench-") as tmp:
        for n in args.docs:
            folder = Path(tmp) / f"docs{n}"
            paths = generate_corpus(n, folder, args.templates)
            chars = sum(p.stat().st_size for p in paths)
            row: dict[str, object] = {"documents": n, "pages": round(chars / PAGE_CHARS)}
            if "stages" not in args.skip:
                rates = stage_rates(paths[: args.sample])
                row["words_per_s"] = {k: round(v) for k, v in rates.items()}
                row["pipeline_vs_bare_ner"] = round(rates["pipeline"] / rates["bare_nlp_pipe"], 3)
            for jobs in (1, 2) if "jobs" not in args.skip else (1,):
                out = Path(tmp) / f"out{n}-{jobs}.jsonl"
                seconds, rss = _peak_rss_kib(
                    ["run", str(folder), "-o", str(out), "--jobs", str(jobs), "--no-progress"]
                )
                row[f"jobs{jobs}"] = {
                    "seconds": round(seconds, 1),
                    "docs_per_s": round(n / seconds, 1),
                    "pages_per_s": round(chars / PAGE_CHARS / seconds, 1),
                    "peak_rss_mib": round(rss / 1024),
                }
            if "jobs2" in row:
                row["speedup_jobs2"] = round(row["jobs1"]["seconds"] / row["jobs2"]["seconds"], 2)  # type: ignore[index]
            if "kill" not in args.skip:
                row["kill_resume"] = kill_and_resume(
                    folder, Path(tmp) / f"kill{n}.jsonl", after=max(3.0, 0.4 * row["jobs1"]["seconds"])
                )  # type: ignore[index]
            results[str(n)] = row
            print(json.dumps(row, ensure_ascii=False), flush=True)
    if len(args.docs) >= 2:
        small, large = (results[str(n)]["jobs1"]["peak_rss_mib"] for n in args.docs[:2])  # type: ignore[index]
        print(json.dumps({"rss_growth_ratio": round(large / small, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
