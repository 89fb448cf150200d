"""`pip install .` gives a working cardgen: the wheel carries the templates, fonts, the example pack for
`init` and the default pack for `init --from-default`, and the installed copy runs outside the project
(as `cardgen` and as `python -m cardgen`). The wheel is built from a copy of the project's files, so the
project folder gets no build/ or egg-info from the test, by the build backend the test extras install
(pyproject.toml's build-system asks for the same setuptools), so no package index is needed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ..conftest import ROOT

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "cardgen", "content", "templates")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the built wheel, the folder it was installed into with `pip install --target`)."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # --no-build-isolation: pip would otherwise set up a fresh environment and fetch setuptools into it (3 s)
    built = subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work / "wheel"), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    [wheel] = (work / "wheel").glob("cardgen-*.whl")
    target = work / "site"
    done = subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return wheel, target


def test_the_wheel_carries_templates_fonts_and_both_packs(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("content", "**/*.yaml"), ("templates", "*.yaml")):
        for path in (ROOT / folder).glob(pattern):
            assert f"cardgen/packs/default/{folder}/{path.relative_to(ROOT / folder).as_posix()}" in names, path
    for path in (ROOT / "cardgen").rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".ttf", ".html", ".md") and "__pycache__" not in path.parts:
            assert path.relative_to(ROOT).as_posix() in names, path


def _run(target: Path, cwd: Path, *args: str, script: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "PYTHONPATH")}
    env["PYTHONPATH"] = str(target)  # the installed copy first; its dependencies come from this Python
    command = [str(target / "bin" / "cardgen")] if script else [sys.executable, "-m", "cardgen"]
    return subprocess.run([*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_installed_copy_makes_a_pack_and_builds_it_outside_the_project(installed, tmp_path):
    _, target = installed
    probe = subprocess.run([sys.executable, "-c", "import cardgen, sys; print(cardgen.__file__)"], cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": str(target)}, capture_output=True, text=True)
    assert Path(probe.stdout.strip()).is_relative_to(target)  # not the project's copy
    assert _run(target, tmp_path, "init", "mijn-pack", script=True).returncode == 0
    built = _run(target, tmp_path / "mijn-pack", "build", script=True)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "mijn-pack/output/decks/mijn-kaarten-print.pdf").is_file()
    copied = _run(target, tmp_path, "init", "alles", "--from-default")
    assert copied.returncode == 0, copied.stderr
    assert sorted(p.name for p in (tmp_path / "alles/content/decks").glob("*.yaml")) == \
        sorted(p.name for p in (ROOT / "content/decks").glob("*.yaml"))
    assert _run(target, tmp_path, "--help").stdout.startswith("Usage: cardgen ")
