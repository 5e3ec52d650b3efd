"""Shared fixtures: where ../shared is, and one pipeline run over corpus/ reused by many tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: 200 examples a property by default; 10,000 with HYPOTHESIS_PROFILE=thorough.
settings.register_profile(
    "dkcouncil", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", parent=settings.get_profile("dkcouncil"), max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dkcouncil"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = ROOT / "corpus"


def run_cli(*args: str, stdin: str | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run ``dkcouncil ARGS`` as a user would, in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "dkcouncil", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    return SEEDS


@pytest.fixture(scope="session")
def corpus_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], list[dict]]:
    """``dkcouncil run corpus/ -o out.jsonl`` once for the session: the process and its records."""
    out = tmp_path_factory.mktemp("corpus") / "out.jsonl"
    proc = run_cli("run", "corpus", "-o", str(out), "--no-progress")
    return proc, read_jsonl(out) if out.exists() else []


@pytest.fixture(scope="session")
def seed_records(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Records of the seed documents, keyed by their number ('000', '003', ...)."""
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    proc = run_cli("run", str(seeds), "-o", str(out), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    return {Path(r["source"]).name[:3]: r for r in read_jsonl(out)}


@pytest.fixture(scope="session")
def record_schema() -> dict:
    return json.loads((ROOT / "schemas" / "council_document.schema.json").read_text(encoding="utf-8"))
