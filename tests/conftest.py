"""Shared helpers: run the CLI in-process (click's CliRunner) or, for a few smoke tests, in a
subprocess; build packs once per session."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

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


_SHARED: dict[str, Path] = {}


def shared(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `make(folder)` fills, made once for the whole run. Under pytest-xdist the workers share
    it: the first to ask builds it while the others wait on a lock, then all read it. Tests only read it."""
    if name not in _SHARED:
        base = tmp_path_factory.getbasetemp()
        if os.environ.get("PYTEST_XDIST_WORKER"):
            base = base.parent  # the run's folder, above each worker's own
        root = base / "shared"
        root.mkdir(exist_ok=True)
        folder, done = root / name, root / f"{name}.done"
        with open(root / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                make(folder)
                done.touch()
        _SHARED[name] = folder
    return _SHARED[name]


def _built(*args: str, cwd: Path) -> None:
    result = run_cli(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr


def build_fixture(tmp_path_factory, name: str) -> Path:
    """fixtures/valid/NAME copied and built once for the run (`shared`); returns its output folder."""
    def make(folder: Path) -> None:
        _built("build", "content", "-o", "out", cwd=copy_fixture(f"valid/{name}", folder))

    return shared(tmp_path_factory, f"valid-{name}", make) / name / "out"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """The sample fixture pack built once; returns the output folder."""
    return build_fixture(tmp_path_factory, "sample")


@pytest.fixture(scope="session")
def default_build(tmp_path_factory) -> Path:
    """The default content pack of the repository, built once, in one process (test_jobs.py compares the
    pool's files with these). Tests only read it."""
    def make(folder: Path) -> None:
        _built("build", str(ROOT / "content"), "-o", str(folder / "out"), "-j", "1", cwd=ROOT)

    return shared(tmp_path_factory, "default", make) / "out"


@pytest.fixture(scope="session")
def default_bundle(tmp_path_factory) -> Path:
    """The default content pack bundled for members once (`cardgen pack`); returns its combined PDF."""
    def make(folder: Path) -> None:
        _built("pack", str(ROOT / "content"), "-o", str(folder / "out"), cwd=ROOT)

    return next((shared(tmp_path_factory, "bundle", make) / "out").glob("intervisie-*/intervisie-*.pdf"))
