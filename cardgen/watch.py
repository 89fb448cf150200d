"""`cardgen watch`: rebuild what a change affects, every time a file of the pack is saved.

Each content file is one item (its first key's value is the id), and an item's outputs depend on its
own file, on the items it names (an agenda's `method` and `handouts`), on the templates and on the brand.
So a changed content file rebuilds its item and the items that name it (`pipeline.build(only=...)`, via
`runner.build`), a changed spreadsheet the items that read it (a deck's `cards:`, a form's `fields:`), and
a changed template, brand, image or font rebuilds everything. A rebuild that fails
reports its errors and the watch goes on; the next save tries again.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from .errors import CardgenError, nothing_written
from .messages import msg, say
from .load.pack import SKIP_DIRS
from .load.tables import SUFFIXES as TABLE_SUFFIXES, TABLE_FIELDS

CONTENT_SUFFIXES = (".yaml", ".yml")
ASSET_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".ttf")
REFERENCES = ("method", "handouts")  # fields by which one item names others it shows


@dataclass
class Rebuild:
    """One rebuild: when, of what (None: everything), what it wrote, or the errors that stopped it."""

    at: float
    only: list[str] | None
    entries: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    version: int = 0

    def line(self) -> str:
        """One line: the time, what was rebuilt, and the outcome."""
        clock = time.strftime("%H:%M:%S", time.localtime(self.at))
        what = ", ".join(self.only) if self.only else msg("everything")
        if self.errors:
            return msg("{clock}  {what}: {outcome}", clock=clock, what=what, outcome=nothing_written(len(self.errors)))
        files = len(self.entries)
        if files != 1:
            return msg("{clock}  {what}: {n} files in {seconds:.2f} s", clock=clock, what=what, n=files,
                       seconds=self.seconds)
        return msg("{clock}  {what}: 1 file in {seconds:.2f} s", clock=clock, what=what, seconds=self.seconds)


@dataclass
class _Item:
    kind: str
    id: str
    names: frozenset[str]  # ids it refers to
    tables: frozenset[Path] = frozenset()  # the spreadsheets it reads (a deck's `cards: kaarten.xlsx`)


class Watcher:
    """Knows which item each content file is, decides what a set of changed paths affects, rebuilds it."""

    def __init__(self, pack: Path, out: Path, template_dirs: list[Path], brand: Path | None,
                 kinds: tuple[str, ...], lang: str | None = None):
        self.pack, self.out = pack.resolve(), out.resolve()
        self.lang = lang  # --lang, over the brand's language
        self.template_dirs = [d.resolve() for d in template_dirs]
        self.brand = brand.resolve() if brand is not None else None
        self.template_paths, self.brand_path = template_dirs, brand  # as given, for the build
        self.pack_arg = pack
        self.kinds = kinds
        self.items: dict[Path, _Item] = {}
        self.version = 0
        self.scan()

    def roots(self) -> list[Path]:
        """The folders to watch: the pack, the project's templates/ beside it, --templates, the brand's."""
        folders = [self.pack, self.pack.parent / "templates", *self.template_dirs]
        if self.brand is not None:
            folders.append(self.brand.parent)
        seen, out = set(), []
        for folder in folders:
            if folder.is_dir() and folder not in seen and not any(folder.is_relative_to(s) for s in seen):
                seen.add(folder)
                out.append(folder)
        return out

    def scan(self) -> None:
        from .load.pack import content_files

        self.items = {}
        if self.pack.is_dir():
            for path in content_files(self.pack):
                item = self._read(path)
                if item is not None:
                    self.items[path.resolve()] = item

    def _read(self, path: Path) -> _Item | None:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return None
        if not isinstance(data, dict) or not data:
            return None
        kind = next(iter(data))
        if kind not in self.kinds or not isinstance(data.get(kind), str):
            return None
        names = set()
        for key in REFERENCES:
            value = data.get(key)
            values = value if isinstance(value, list) else [value]
            names.update(v for v in values if isinstance(v, str))
        return _Item(kind, data[kind], frozenset(names), self._tables(data.get(TABLE_FIELDS.get(kind))))

    def _tables(self, value) -> frozenset[Path]:
        """The spreadsheet a list names (`cards: tabellen/kaarten.xlsx` or {file, sheet}), resolved in the pack."""
        file = value.get("file") if isinstance(value, dict) else value
        if not isinstance(file, str):
            return frozenset()
        try:
            return frozenset({(self.pack / file).resolve()})
        except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL: the build says what is wrong
            return frozenset()

    def relevant(self, path: Path) -> bool:
        """Whether a change at `path` can change the output (the output folder and hidden files cannot)."""
        path = path.resolve()
        if path == self.out or path.is_relative_to(self.out):
            return False
        for root in self.roots():
            if path.is_relative_to(root) and any(p.startswith(".") for p in path.relative_to(root).parts):
                return False  # .git, .vscode, editor swap files, the build's staging folder
        if self.brand is not None and path == self.brand:
            return True
        return path.suffix.lower() in CONTENT_SUFFIXES + ASSET_SUFFIXES + TABLE_SUFFIXES

    def affected(self, changed: set[Path]) -> list[str] | None:
        """The ids to rebuild for these changed paths, or None for everything ([] for nothing)."""
        ids: set[str] = set()
        gone: set[str] = set()
        for path in sorted(p.resolve() for p in changed if self.relevant(p)):
            if path.suffix.lower() in TABLE_SUFFIXES:  # only the items that read it (Excel's lock files: none)
                ids.update(item.id for item in self.items.values() if path in item.tables)
                continue
            if not self._is_content(path):
                return None  # a template, the brand, an image or a font: everything may use it
            old = self.items.pop(path, None)
            new = self._read(path) if path.is_file() else None
            if path.is_file() and new is None:
                return None  # unreadable or no id yet: a full build reports what is wrong
            if new is not None:
                self.items[path] = new
                ids.add(new.id)
            if old is not None and (new is None or new.id != old.id):
                gone.add(old.id)  # removed or renamed: the items that name it must say so
        changed_ids = ids | gone
        named = {item.id for item in self.items.values() if item.names & changed_ids}
        known = {item.id for item in self.items.values()}
        return sorted((ids | named) & known)

    def _is_content(self, path: Path) -> bool:
        if path.suffix.lower() not in CONTENT_SUFFIXES or not path.is_relative_to(self.pack):
            return False
        rel = path.relative_to(self.pack)
        return rel.name != "brand.yaml" and not any(part in SKIP_DIRS for part in rel.parts[:-1])

    def rebuild(self, only: list[str] | None) -> Rebuild:
        from .runner import build

        self.version += 1
        result = Rebuild(time.time(), only, version=self.version)
        started = time.perf_counter()
        try:
            run = build(self.pack_arg, self.out, only, list(self.template_paths), self.brand_path, lang=self.lang)
            result.entries = run.entries
        except CardgenError as exc:
            result.errors = [p.said() for p in exc.problems]  # in the run's language
        except Exception as exc:  # a bug must not end the watch: show it and go on
            result.errors = [say(msg("internal error: {error}", error=repr(exc))),
                             *traceback.format_exc().splitlines()[-3:]]
        result.seconds = time.perf_counter() - started
        return result


def watch(watcher: Watcher, report: Callable[[Rebuild], None], stop=None, ready: Callable[[], None] = None) -> None:
    """Build everything, then rebuild what each batch of changes affects, until `stop` is set or Ctrl+C."""
    import watchfiles

    report(watcher.rebuild(None))
    for changes in watchfiles.watch(*watcher.roots(), stop_event=stop, step=50, debounce=1600,
                                    watch_filter=lambda _change, path: watcher.relevant(Path(path)),
                                    raise_interrupt=False, rust_timeout=200, yield_on_timeout=True):
        if not changes:  # a quiet moment; the first one means the file system is being watched
            if ready is not None:
                ready()
                ready = None
            continue
        only = watcher.affected({Path(p) for _, p in changes})
        if only is None:
            watcher.scan()
        if only != []:
            report(watcher.rebuild(only))
