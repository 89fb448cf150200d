"""Incremental builds: an item whose inputs are unchanged since the last build into the same output folder is
not planned or drawn again; its files stay, and the manifest still lists them.

An item's fingerprint hashes everything its pages can depend on, erring on the side of rebuilding:
- cardgen's version and its own code and fonts (a checkout changed in place), the libraries that shape the
  output, the run's options and SOURCE_DATE_EPOCH;
- the list of items in the pack (a file added, removed or renamed rebuilds everything: ids are checked
  across files);
- the item's own file, and every file of the pack that one of its values names (a picture, a spreadsheet);
- the files of the other items it names by id (an agenda's method and handouts);
- every template it can use: the names in its values and in its kind's and templates' defaults, each with
  its `extends` chain and the templates those name in turn (a cheat-sheet's `a5`);
- the brand file and every file it names (fonts, logo, ICC profile).
Files are named relative to the pack (`_where`), so a project moved, or built from another working folder,
keeps its cache.
The cache (`.cardgen-cache.json` in the output folder) is served only when every file recorded for the
item is still there with the bytes it was written with, so a file edited or removed by hand is rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Iterator

from . import __version__
from .errors import Problems
from .load.templates import BUILTIN_DIR, valid_name
from .load.yamlfile import load_yaml
from .write import inside_file, sha256_of

CACHE = ".cardgen-cache.json"
LIBRARIES = ("reportlab", "pyphen", "pikepdf", "pillow", "segno", "svglib", "pydantic", "fonttools")
MAX_REFERENCE = 300  # longer strings are text, not paths or names


def _strings(data: Any) -> Iterator[str]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if len(node) <= MAX_REFERENCE:
                yield node
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)


def _defaults(model: type) -> list[str]:
    """The string defaults of a pydantic model's fields (template names such as 'question-card')."""
    fields = getattr(model, "model_fields", {})
    return [f.default for f in fields.values() if isinstance(f.default, str)]


@lru_cache(maxsize=1)
def _own_code() -> str:
    """A digest of cardgen's own code, built-in templates and brand, and fonts: a cardgen changed in place (a developer's checkout, or a
    reinstall without a new version number) must not serve files the old code drew."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.yaml"), *(root / "fonts").glob("*.ttf")]):
        if "__pycache__" not in path.parts and "packs" not in path.relative_to(root).parts[:1]:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _libraries() -> list[str]:
    """The versions of the libraries that draw: read once a process, like `_own_code` (importlib.metadata
    scans the installed distributions each time: 11 ms a build)."""
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} -")
    return versions


def key_of(kind, source) -> str:
    """`kind:id`, by which the cache knows an item and its files."""
    return f"{kind.key}:{source.data.get(kind.key)}"


class BuildCache:
    """The fingerprints and files of the last build into `out`, and those of this build."""

    def __init__(self, out: Path):
        self.out = out
        self.old: dict[str, dict] = {}
        self.new: dict[str, dict] = {}
        self.pending: dict[str, str] = {}  # item key -> fingerprint, for the items this run builds
        self.served: list[dict] = []  # manifest entries of the unchanged items' files
        self.unchanged = 0  # items served as they are
        self._files: dict[Path, str] = {}  # digests, each file read once a run
        self._template_files: dict[str, tuple[str, list] | None] = {}
        self._items: dict | None = None
        self._shared: list | None = None
        try:
            data = json.loads((out / CACHE).read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("version") == __version__ and isinstance(data.get("items"), dict):
                self.old = data["items"]
        except (OSError, ValueError):
            pass

    # fingerprints

    @staticmethod
    def _where(path: Path | str, ctx) -> str:
        """A file or folder as fingerprints name it: relative to the pack's folder, or `built-in/…` for
        cardgen's own templates, wherever the project or cardgen stands."""
        full = os.path.abspath(path)
        if Path(full).is_relative_to(BUILTIN_DIR):
            return "built-in/" + Path(full).relative_to(BUILTIN_DIR).as_posix()
        return Path(os.path.relpath(full, os.path.abspath(ctx.pack.root))).as_posix()

    def _file(self, path: Path) -> str:
        if path not in self._files:
            try:
                self._files[path] = sha256_of(path)
            except OSError:
                self._files[path] = "missing"
        return self._files[path]

    def _run(self, ctx) -> list:
        """What every item's fingerprint shares."""
        if self._shared is None:
            versions = _libraries()
            listing = sorted((kind, str(s.data.get(kind)) if isinstance(s.data, dict) else "", self._where(s.file, ctx))
                             for kind, sources in ctx.pack.items.items() for s in sources)
            brand = []
            if ctx.brand is not None and not getattr(ctx.brand, "builtin", False):
                path = Path(ctx.brand.source.file)
                brand = [self._where(path, ctx), self._file(path)] + self._named(ctx.brand.source.data, path.parent)
            language = getattr(getattr(ctx, "labels", None), "lang", "")
            self._shared = [__version__, _own_code(), versions, os.environ.get("SOURCE_DATE_EPOCH", ""), language,
                            [self._where(d, ctx) for d in ctx.store.folders],
                            listing, brand]
        return self._shared

    def _ids(self, ctx) -> dict:
        """Every item of the pack by its id (an item names another by its id: an agenda its method)."""
        if self._items is None:
            self._items = {str(s.data.get(k)): s for k, sources in ctx.pack.items.items() for s in sources
                           if isinstance(s.data, dict)}
        return self._items

    def _named(self, data: Any, root: Path) -> list:
        """The files below `root` that values of `data` name, with their digests."""
        out = []
        for text in sorted(set(_strings(data))):
            if "/" in text or "." in text:
                path = root / text
                try:
                    if path.is_file() and root.resolve() in path.resolve().parents:
                        out.append([text, self._file(path)])
                except (OSError, ValueError):
                    continue
        return out

    def _templates(self, names: set[str], ctx) -> list:
        """Each template that one of `names` names, with its `extends` chain and the templates named in it."""
        seen: dict[str, str] = {}
        todo = sorted(names)
        while todo:
            name = todo.pop()
            if name in seen or not isinstance(name, str):
                continue
            found = self._template(name, ctx)
            if found is not None:
                seen[name], named = found
                todo.extend(n for n in named if n not in seen)
        return sorted(seen.items())

    def _template(self, name: str, ctx) -> tuple[str, list] | None:
        """A template's file and digest, and the names its `extends` and values give; read once a run, as
        every item of a kind names the same templates. None when `name` is no template."""
        if name not in self._template_files:
            path = ctx.store.find(name) if valid_name(name) else None
            found = None
            if path is not None:
                # with load_yaml's limits and libyaml's speed (a FIFO or a nesting bomb named as a template
                # must not hang or crash the fingerprint); a bad file is reported when the template loads
                source = load_yaml(path, str(path), Problems())
                data = (source.data if source is not None else None) or {}
                extends = data.get("extends") if isinstance(data, dict) else None
                named = (extends if isinstance(extends, list) else [extends] if extends else []) + list(_strings(data))
                found = (f"{self._where(path, ctx)}:{self._file(path)}", named)
            self._template_files[name] = found
        return self._template_files[name]

    def fingerprint(self, kind, source, ctx) -> str:
        data = getattr(source, "original", source.data)  # a deck read from a spreadsheet: the YAML, naming the file
        path = Path(source.file)  # as shown in messages: relative to the working folder, or absolute
        strings = set(_strings(data))
        ids = self._ids(ctx)
        others = sorted((i, self._where(ids[i].file, ctx), self._file(Path(ids[i].file)))
                        for i in strings if i in ids and ids[i] is not source)
        names = strings | set(_defaults(kind.model))
        for model in kind.templates.values():
            names |= set(_defaults(model))
        parts = [self._run(ctx), kind.key, repr(sorted((ctx.options or {}).items(), key=str)),
                 self._where(path, ctx), self._file(path), self._named(data, ctx.pack.root), others,
                 self._templates(names, ctx)]
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    # serving and recording

    def changed(self, items: list, ctx, source_of) -> list:
        """The items to build: those without a source file, or whose fingerprint or files differ from the
        last build's; the files of the others are served (`served`) as they are."""
        todo = []
        for kind, item in items:
            source = source_of(item)
            if source is None or not isinstance(source.data, dict):
                todo.append((kind, item))
                continue
            key = key_of(kind, source)
            fingerprint = self.fingerprint(kind, source, ctx)
            entries = self.fresh(key, fingerprint)
            if entries is None:
                self.pending[key] = fingerprint
                todo.append((kind, item))
            else:
                self.served.extend(entries)
                self.unchanged += 1
        return todo

    def save(self, made: dict[str, list[str]], staging) -> None:
        """Record the files each built item made (with the digests the manifest gives them) and write the
        cache into the staging folder, so it moves into place with the files it describes."""
        by_path = {e["path"]: e for e in staging.write_manifest()}
        for key, paths in made.items():
            if key in self.pending and all(p in by_path for p in paths):
                self.new[key] = {"fingerprint": self.pending[key], "files": [by_path[p] for p in paths]}
        staging.path(CACHE).write_text(self.text(), encoding="utf-8")

    def fresh(self, key: str, fingerprint: str) -> list[dict] | None:
        """The manifest entries of `key`'s files when its fingerprint is the last build's and every file is
        still there as written; else None (and the item is built)."""
        entry = self.old.get(key)  # read from a file anyone can edit: every part is checked, never trusted
        if not isinstance(entry, dict) or entry.get("fingerprint") != fingerprint:
            return None
        files = entry.get("files")
        if not isinstance(files, list) or not files:
            return None
        for f in files:
            if not isinstance(f, dict) or not all(isinstance(f.get(k), str) for k in ("path", "kind", "id", "sha256")) \
                    or not isinstance(f.get("pages"), int) or not inside_file(self.out, f["path"]):
                return None
            if self._file(self.out / f["path"]) != f["sha256"]:
                return None
        self.new[key] = entry
        return entry["files"]

    def text(self) -> str:
        """The cache after this run: this run's items, and the last build's others (e.g. those left out
        with --only), which are checked again when they are next built."""
        items = {**{k: v for k, v in self.old.items() if k not in self.pending}, **self.new}
        return json.dumps({"version": __version__, "items": items}, indent=1, sort_keys=True) + "\n"
