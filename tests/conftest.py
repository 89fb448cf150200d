"""Shared helpers: run the CLI in-process (click's CliRunner) or, for a few smoke tests, in a
subprocess; build packs once per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EPOCH = "1764000000"  # 2025-11-24, a fixed SOURCE_DATE_EPOCH for reproducible bytes
MM = 72 / 25.4
# The suite's expected messages are written in English: cardgen says them in English here, whatever a pack's
# language (cardgen/messages). tests/test_messages.py takes this away to check the Dutch ones.
os.environ["CARDGEN_MESSAGES"] = "en"
# Under pytest-xdist (`make test`) every core already runs a worker: a build that forked a pool of its own
# would only add forks. The pool has its own tests (test_jobs.py), with -j given.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.setdefault("CARDGEN_JOBS", "1")


@dataclass
class Ran:
    """What a CLI run gave: its exit status and its two output streams."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path, epoch: str | None = EPOCH) -> Ran:
    """The CLI run in this process, in `cwd`, with SOURCE_DATE_EPOCH set (or unset with None).

    An unexpected exception is reported as a traceback on stderr with status 1, as the real
    process would print it, so tests that refuse tracebacks still see them."""
    from click.testing import CliRunner

    from cardgen.cli import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": epoch}, catch_exceptions=True)
    finally:
        os.chdir(old)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "Traceback (most recent call last):\n" + "".join(traceback.format_exception(result.exception))
        return Ran(1, result.stdout, stderr)
    return Ran(result.exit_code, result.stdout, stderr)


def run_process(*args: str, cwd: Path, epoch: str | None = EPOCH) -> subprocess.CompletedProcess:
    """The CLI as a real process (`python -m cardgen`), for the few end-to-end smoke tests."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    return subprocess.run([sys.executable, "-m", "cardgen", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def copy_fixture(name: str, dest: Path) -> Path:
    target = dest / Path(name).name
    shutil.copytree(FIXTURES / name, target)
    return target


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """The sample fixture pack built once; returns the output folder."""
    work = copy_fixture("valid/sample", tmp_path_factory.mktemp("sample"))
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out"


@pytest.fixture(scope="session")
def default_build(tmp_path_factory) -> Path:
    """The default content pack of the repository, built once, in one process (test_jobs.py compares the
    pool's files with these). Tests only read it."""
    out = tmp_path_factory.mktemp("default") / "out"
    result = run_cli("build", str(ROOT / "content"), "-o", str(out), "-j", "1", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def default_bundle(tmp_path_factory) -> Path:
    """The default content pack bundled for members once (`cardgen pack`); returns its combined PDF."""
    out = tmp_path_factory.mktemp("bundle") / "out"
    result = run_cli("pack", str(ROOT / "content"), "-o", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return next(out.glob("intervisie-*/intervisie-*.pdf"))


def build_fixture(tmp_path_factory, name: str) -> Path:
    """Copy fixtures/valid/NAME, build it, and return its output folder."""
    work = copy_fixture(f"valid/{name}", tmp_path_factory.mktemp(name))
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out"
