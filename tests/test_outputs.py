"""What users browse: the notebook, Datasette over the SQLite output, the decisions table, and
the Dask engine giving the same records as the local one."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, read_jsonl, run_cli

CASES = {
    "sag_a.md": """## **Renovering af Vestervang Skole**

25/3301      Åben Sag

### **Sagsfremstilling**

Taget på Vestervang Skole er utæt, og en renovering anslås at koste 4,2 mio. kr.

### **Indstilling**

Direktøren indstiller, at der gives en anlægsbevilling på 4,2 mio. kr.

### **Beslutning i Økonomiudvalget den 02-04-2025**

Anbefales over for Kommunalbestyrelsen.

For stemte 7 (A, V, C). Imod stemte 2 (Ø).
""",
    "sag_b.md": """## **Nye p-pladser ved Hørning Station**

25/3417      Åben Sag

### **Sagsfremstilling**

Der ønskes 40 nye p-pladser. Udgiften er 950.000 kr.

### **Beslutning i Teknik- og Miljøudvalget den 07-04-2025**

Udsat.
""",
}


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cases")
    for name, text in CASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_decisions_command_filters_who_decided_what(cases: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run_cli("run", str(cases), "-o", str(out), "--no-progress").returncode == 0
    proc = run_cli("decisions", str(out), "--outcome", "recommended", "--json")
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["body"] == "Økonomiudvalget"
    assert row["date"] == "2025-04-02"
    assert row["votes_against"] == ["Ø"]
    assert 4_200_000 in row["amounts_dkk"]
    table = run_cli("decisions", str(out), "--party", "Ø").stdout
    assert "Vestervang" in table and "Hørning" not in table


def test_datasette_serves_decisions_from_the_sqlite_output(cases: Path, tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    out = tmp_path / "raad.db"
    assert run_cli("run", str(cases), "-o", str(out), "--no-progress").returncode == 0
    metadata = tmp_path / "raad.metadata.json"
    assert json.loads(metadata.read_text())["databases"]["raad"]["tables"]["who_decided_what"]["facets"]
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            str(out),
            "-m",
            str(metadata),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/raad/who_decided_what.json?_shape=array&outcome=postponed"
        rows = None
        for _ in range(100):  # up to 20 s for the server to come up
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    rows = json.load(response)
                break
            except OSError:
                time.sleep(0.2)
        assert rows is not None, "datasette did not answer"
        assert [(r["body"], r["item"]) for r in rows] == [
            ("Teknik- og Miljøudvalget", "Nye p-pladser ved Hørning Station")
        ]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_dask_local_cluster_gives_the_local_engines_records(cases: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run_cli("run", str(cases), "-o", str(local), "--no-progress").returncode == 0
    proc = run_cli("run", str(cases), "-o", str(dask), "--engine", "dask", "--jobs", "2", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert read_jsonl(local) == read_jsonl(dask)


@pytest.mark.slow
def test_notebook_runs_on_the_corpus_parquet() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    if not any(CORPUS.glob("*.md")):
        pytest.skip("corpus/ holds no documents")
    notebook = nbformat.read(ROOT / "notebooks" / "who_decided_what.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "documents" in printed and "decisions" in printed
