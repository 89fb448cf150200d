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
    title: str | None = None  # the item's title, for tables of contents


class Staging:
    """A temporary folder beside the output folder (same file system, so renames are atomic)."""

    def __init__(self, out: Path, manifest: str = MANIFEST):
        self.out = out
        self.manifest = manifest  # relative to `out`
        out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        self.files: list[Produced] = []

    def path(self, relative: str) -> Path:
        target = self.tmp / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add(self, relative: str, kind: str, item_id: str, pages: int, title: str | None = None) -> None:
        self.files.append(Produced(relative, kind, item_id, pages, title))

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write_manifest(self, about: dict | None = None) -> list[dict]:
        """Write the manifest into the staging folder (with `about` fields such as the brand and build
        date first); returns its file entries. Entries of an earlier build that this one did not
        rebuild are kept while their files still exist."""
        entries = [dict(path=f.path, kind=f.kind, id=f.id, pages=f.pages, sha256=_sha256(self.tmp / f.path),
                        **({"title": f.title} if f.title else {}))
                   for f in self.files]
        rebuilt = {(e["kind"], e["id"]) for e in entries}
        kept = [e for e in _old_entries(self.out / self.manifest)
                if (e.get("kind"), e.get("id")) not in rebuilt and (self.out / e.get("path", "")).is_file()]
        manifest = {"generator": f"cardgen {__version__}", **(about or {}),
                    "files": sorted(kept + entries, key=lambda e: e["path"])}
        self.path(self.manifest).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        self._manifest_entries = manifest["files"]
        return self._manifest_entries

    def commit(self, about: dict | None = None) -> list[dict]:
        """Write the manifest (unless `write_manifest` did), then move every staged file into the
        output folder; returns the manifest's file entries."""
        entries = getattr(self, "_manifest_entries", None)
        if entries is None:
            entries = self.write_manifest(about)
        self.out.mkdir(parents=True, exist_ok=True)
        for staged in sorted(p for p in self.tmp.rglob("*") if p.is_file()):
            target = self.out / staged.relative_to(self.tmp)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
        self.discard()
        return entries


def _old_entries(manifest: Path) -> list[dict]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [e for e in data.get("files", []) if isinstance(e, dict)]
    except (OSError, ValueError, AttributeError):
        return []


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
