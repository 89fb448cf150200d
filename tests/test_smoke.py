"""End to end as a user's shell runs it: a real `python -m cardgen` process (the rest of the suite
runs the CLI in-process). Few on purpose: each costs a Python start-up."""
from __future__ import annotations

from .conftest import copy_fixture, run_cli, run_process


def test_python_dash_m_cardgen_builds_the_same_bytes_as_the_in_process_cli(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    ran = run_process("build", "content", "-o", "proc", cwd=work)
    assert ran.returncode == 0, ran.stderr
    assert run_cli("build", "content", "-o", "inproc", cwd=work).returncode == 0
    files = sorted(p.relative_to(work / "proc") for p in (work / "proc").rglob("*") if p.is_file())
    assert [str(f) for f in files] == [".cardgen-cache.json", "decks/sample-print.pdf", "decks/sample-sheets.pdf",
                                       "manifest.json"]
    for rel in files:
        assert (work / "proc" / rel).read_bytes() == (work / "inproc" / rel).read_bytes(), rel


def test_bad_input_in_a_real_process_exits_2_without_a_traceback(tmp_path):
    work = copy_fixture("invalid/unknown-category", tmp_path)
    ran = run_process("build", "content", "-o", "out", cwd=work)
    assert ran.returncode == 2
    assert "Traceback" not in ran.stderr
    assert ran.stderr.splitlines() == (work / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert not (work / "out").exists()


def test_help_and_version_in_a_real_process(tmp_path):
    ran = run_process("--version", cwd=tmp_path)
    assert ran.returncode == 0 and ran.stdout.startswith("cardgen, version ")
    ran = run_process("--help", cwd=tmp_path)
    assert ran.returncode == 0
    assert {"build", "check", "templates", "schema"} <= {line.split()[0] for line in ran.stdout.splitlines()
                                                          if line.startswith("  ") and line.split()}
