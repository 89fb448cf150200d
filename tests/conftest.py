"""Shared helpers: run the real CLI in a subprocess, and build packs once per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EPOCH = "1764000000"  # 2025-11-24, a fixed SOURCE_DATE_EPOCH for reproducible bytes
MM = 72 / 25.4


def run_cli(*args: str, cwd: Path, epoch: str | None = EPOCH) -> subprocess.CompletedProcess:
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
    """The default content pack of the repository, built once."""
    out = tmp_path_factory.mktemp("default") / "out"
    result = run_cli("build", str(ROOT / "content"), "-o", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def build_fixture(tmp_path_factory, name: str) -> Path:
    """Copy fixtures/valid/NAME, build it, and return its output folder."""
    work = copy_fixture(f"valid/{name}", tmp_path_factory.mktemp(name))
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out"
