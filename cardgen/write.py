"""Write stage: everything goes to a temporary folder first and is renamed into place only
when the whole build succeeded, so a failed run leaves the output folder as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Produced:
    path: str  # relative to the output folder, with forward slashes
    kind: str  # e.g. deck-sheets, deck-print
    id: str  # the item it was built from
    pages: int


class Staging:
    """A temporary folder beside the output folder (same file system, so renames are atomic)."""

    def __init__(self, out: Path):
        self.out = out
        out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        self.files: list[Produced] = []

    def path(self, relative: str) -> Path:
        target = self.tmp / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add(self, relative: str, kind: str, item_id: str, pages: int) -> None:
        self.files.append(Produced(relative, kind, item_id, pages))

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def commit(self) -> list[dict]:
        """Move every file into the output folder and write the manifest; returns its entries."""
        entries = [dict(path=f.path, kind=f.kind, id=f.id, pages=f.pages, sha256=_sha256(self.tmp / f.path))
                   for f in self.files]
        rebuilt = {(e["kind"], e["id"]) for e in entries}
        kept = [e for e in _old_entries(self.out)
                if (e.get("kind"), e.get("id")) not in rebuilt and (self.out / e.get("path", "")).is_file()]
        manifest = {"generator": f"cardgen {__version__}",
                    "files": sorted(kept + entries, key=lambda e: e["path"])}
        (self.tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self.out.mkdir(parents=True, exist_ok=True)
        for f in self.files:
            target = self.out / f.path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.tmp / f.path, target)
        os.replace(self.tmp / MANIFEST, self.out / MANIFEST)
        self.discard()
        return manifest["files"]


def _old_entries(out: Path) -> list[dict]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        return [e for e in data.get("files", []) if isinstance(e, dict)]
    except (OSError, ValueError, AttributeError):
        return []


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
