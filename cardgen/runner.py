"""The build as the command line runs it: `pipeline`'s stages called one by one, so that a command can
show progress per item, time each stage, and list exactly the files this run wrote.

The build itself is `pipeline`'s (`load`, `select`, `make`, as `pipeline.build` calls them).
"""
from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import pipeline
from .cache import BuildCache
from .errors import Problems
from .pipeline import Progress



@dataclass
class Run:
    """What a build wrote and how long its stages took."""

    entries: list[dict]  # manifest entries of the files this run wrote
    items: int = 0
    unchanged: int = 0  # items whose files were kept as they are (cache.py)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds


def build(pack_dir: Path, out_dir: Path, only: list[str] | None = None, template_dirs: list[Path] | None = None,
          brand: Path | None = None, options: dict[str, dict] | None = None,
          progress: Progress | None = None, force: bool = False, lang: str | None = None, jobs: int = 1) -> Run:
    """`pipeline.build`, reporting progress; raises CardgenError with every problem, writing nothing.
    Items unchanged since the last build into `out_dir` are kept as they are, unless `force`. `lang`
    (nl, en) overrides the brand's `language:`; `jobs`: processes to share the items over."""
    clock = _Clock()
    since = file_clock(out_dir.parent)
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, only, problems, brand, lang)
    ctx.options = options or {}
    clock.lap("load")
    cache = None if force else BuildCache(out_dir)
    items = pipeline.select(ctx, problems, cache)
    clock.lap("validate")
    if progress is not None:
        progress("draw", 0, len(items))
    entries = pipeline.make(items, ctx, out_dir, problems, cache, jobs, progress)
    clock.lap("plan and draw")
    return Run(written_since(entries, out_dir, since), len(items), cache.unchanged if cache else 0, clock.seconds)


def file_clock(folder: Path) -> float:
    """The file system's time now, read from a file made and removed in `folder` (0 when the folder does
    not exist yet: every file found there later is new). Files are timed by the file system's clock,
    which may lag `time.time()` by a few milliseconds, so this reads that clock itself."""
    if not folder.is_dir():
        return 0.0
    fd, name = tempfile.mkstemp(prefix=".cardgen-clock-", dir=folder)
    try:
        return os.fstat(fd).st_mtime
    finally:
        os.close(fd)
        os.unlink(name)


def written_since(entries: Iterable[dict], out: Path, since: float) -> list[dict]:
    """The manifest entries whose files were written since `since` (the manifest also keeps the files
    of earlier builds that this one did not rebuild)."""
    fresh = []
    for entry in entries:
        try:
            if (out / entry["path"]).stat().st_mtime >= since:
                fresh.append(entry)
        except OSError:
            continue
    return fresh


class _Clock:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.seconds: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = now - self.last
        self.last = now
