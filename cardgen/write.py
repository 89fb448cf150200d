"""Write stage: everything goes to a temporary folder first and is moved into place only when the whole
build succeeded, so a failed run leaves the output folder as it was.

All or nothing, on every exit path:
- the staging folder (`.OUT.tmp-PID-…` beside the output folder) is removed on success, on error, on
  Ctrl-C (SIGINT) and on SIGTERM (turned into an exit that runs the clean-up), and one left by a process
  that was killed outright (SIGKILL) is removed by the next run;
- moving the files in is one step the signals wait for, and if a move fails half-way (a full disk, a
  read-only folder) the files already moved are put back as they were;
- an output folder that cannot be used (it is a file, it is read-only, the disk is full) is one line,
  `OUT: cannot write the output: …`, status 2, never a traceback.
"""
from __future__ import annotations

import errno
import glob
import hashlib
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import CardgenError, Problem
from .messages import msg
from .stopping import SIGNALS

MANIFEST = "manifest.json"
_DISK = {errno.ENOSPC: msg("the disk is full"), errno.EDQUOT: msg("the disk quota is used up"),
         errno.EFBIG: msg("a file grew larger than the file system allows"),
         errno.EROFS: msg("the file system is read-only")}
_PLACE = {errno.EACCES: msg("no permission to write there"), errno.EPERM: msg("no permission to write there"),
          errno.ENOTDIR: msg("a file stands where a folder must be"),
          errno.EISDIR: msg("a folder stands where a file must be"),
          errno.EEXIST: msg("a file stands where a folder must be"), errno.ENAMETOOLONG: msg("a name is too long")}


@dataclass(frozen=True)
class Produced:
    path: str  # relative to the output folder, with forward slashes
    kind: str  # e.g. deck-sheets, deck-print
    id: str  # the item it was built from
    pages: int
    title: str | None = None  # the item's title, for tables of contents


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def unusable(out: Path, reason: str) -> CardgenError:
    """The one-line error for an output folder that cannot be written."""
    return CardgenError([Problem(_shown(out), msg("cannot write the output: {reason}", reason=reason))])


def _reason(exc: OSError) -> str:
    what = _DISK.get(exc.errno) or _PLACE.get(exc.errno) or msg("the system refused")
    detail = exc.strerror or str(exc)
    if exc.filename and exc.errno in _PLACE:
        return msg("{what} at {path} ({detail})", what=what, path=_shown(Path(exc.filename)), detail=detail)
    return msg("{what} ({detail})", what=what, detail=detail)




def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale(out: Path) -> None:
    """Staging folders beside `out` left by cardgen processes that no longer run (killed with SIGKILL)."""
    try:
        candidates = list(out.parent.glob(f".{glob.escape(out.name)}.tmp-*-*"))
    except OSError:
        return
    for folder in candidates:
        pid = folder.name[len(f".{out.name}.tmp-"):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)) and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


MAX_EPOCH = 253_402_300_799  # 9999-12-31 23:59:59 UTC: the last second a PDF date can show


def check_epoch() -> None:
    """SOURCE_DATE_EPOCH, when set, must be whole seconds since 1970 that a PDF date can show: every file
    written gets its dates from it, and the PDF library fails on anything else half-way through a build."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value.strip() == "":
        return
    text = value.strip()
    if not text.isdigit() or int(text) > MAX_EPOCH:
        shown = value if len(value) <= 40 else value[:30] + "..."
        raise CardgenError([Problem("SOURCE_DATE_EPOCH", msg("{value} is not a build time (give whole seconds since "
                                                             "1970-01-01 UTC, 0 to {most}, e.g. 1764000000; or "
                                                             "unset it)", value=repr(shown), most=MAX_EPOCH))])


class Part:
    """Files drawn into a staging folder, listed in the order they were made: the whole build's (`Staging`)
    or one item's, drawn in a child process (`jobs.py`) into the same folder."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.files: list[Produced] = []

    def path(self, relative: str) -> Path:
        target = self.tmp / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add(self, relative: str, kind: str, item_id: str, pages: int, title: str | None = None) -> None:
        self.files.append(Produced(relative, kind, item_id, pages, title))


class Staging(Part):
    """A temporary folder beside the output folder (same file system, so renames are atomic).

    Use it as `with Staging(out) as staging:` or call `discard()` in a `finally`: either way a write error
    (full disk, read-only folder) that ends the run becomes the one-line CardgenError."""

    def __init__(self, out: Path, manifest: str = MANIFEST):
        self.out = out
        self.manifest = manifest  # relative to `out`
        self.files: list[Produced] = []
        self.kept: list[dict] = []  # manifest entries of files already in `out` that this run keeps as they are
        self._created: list[Path] = []  # folders above `out` made for it, removed again if nothing is written
        self._done = False
        check_epoch()
        if out.exists() and not out.is_dir():
            raise unusable(out, msg("it is a file, not a folder (give an output folder with -o)"))
        try:
            parent = out.parent
            blocking = next((p for p in [parent, *parent.parents] if p.exists()), None)
            if blocking is not None and not blocking.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(blocking))
            missing = [p for p in [parent, *parent.parents] if not p.exists()]
            for folder in reversed(missing):
                folder.mkdir()
                self._created.append(folder)
            if not os.access(parent, os.W_OK | os.X_OK) or (out.is_dir() and not os.access(out, os.W_OK | os.X_OK)):
                raise PermissionError(errno.EACCES, "Permission denied", str(out if out.is_dir() else parent))
            remove_stale(out)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=parent))
        except OSError as exc:
            self._remove_created()
            raise unusable(out, _reason(exc)) from None
        SIGNALS.acquire()

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *_exc) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the staging folder (and folders made for the output, if still empty). Called in a
        `finally` while a write error propagates, it turns that error into the one-line CardgenError."""
        in_flight = _write_error(sys.exc_info()[1], sys._getframe(1))
        with SIGNALS.critical():
            if getattr(self, "tmp", None) is not None:
                shutil.rmtree(self.tmp, ignore_errors=True)
            if not self._done:
                self._remove_created()
            stopping = SIGNALS.stopping
            self._release()
        if stopping is not None and not self._done and not isinstance(sys.exc_info()[1], (SystemExit,
                                                                                          KeyboardInterrupt)):
            SIGNALS.stopping = stopping
            SIGNALS.stop_again()
        if in_flight is not None:
            raise unusable(self.out, _reason(in_flight)) from None

    def _release(self) -> None:
        if not getattr(self, "_released", False):
            self._released = True
            SIGNALS.release()

    def _remove_created(self) -> None:
        for folder in reversed(self._created):
            try:
                folder.rmdir()
            except OSError:
                break

    def write_manifest(self, about: dict | None = None) -> list[dict]:
        """Write the manifest into the staging folder (with `about` fields such as the brand and build
        date first); returns its file entries. Entries of an earlier build that this one did not
        rebuild are kept while their files still exist."""
        entries = [dict(path=f.path, kind=f.kind, id=f.id, pages=f.pages, sha256=sha256_of(self.tmp / f.path),
                        **({"title": f.title} if f.title else {}))
                   for f in self.files]
        rebuilt = {(e["kind"], e["id"]) for e in entries}
        kept = [e for e in _old_entries(self.out / self.manifest)
                if (e.get("kind"), e.get("id")) not in rebuilt and inside_file(self.out, e.get("path"))]
        listed = {e.get("path") for e in kept}
        kept += [e for e in self.kept if e["path"] not in listed and (e["kind"], e["id"]) not in rebuilt]
        manifest = {"generator": f"cardgen {__version__}", **(about or {}),
                    "files": sorted(kept + entries, key=lambda e: e["path"])}
        try:
            self.path(self.manifest).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        except OSError as exc:
            raise unusable(self.out, _reason(exc)) from None
        self._manifest_entries = manifest["files"]
        return self._manifest_entries

    def commit(self, about: dict | None = None) -> list[dict]:
        """Write the manifest (unless `write_manifest` did), then move every staged file into the
        output folder, all or nothing; returns the manifest's file entries."""
        entries = getattr(self, "_manifest_entries", None)
        if entries is None:
            entries = self.write_manifest(about)
        if SIGNALS.stopping is not None:  # stopped, and the stop was swallowed on the way here
            self.discard()
        with SIGNALS.critical():
            try:
                _move_in(self.tmp, self.out)
            except OSError as exc:
                self.discard()  # raises the one-line error for a write error (a full disk, a read-only folder)
                raise unusable(self.out, _reason(exc)) from None
            self._done = True
            self.discard()
        return entries


def _write_error(exc: BaseException | None, frame) -> OSError | None:
    """`exc` when it is an OSError about writing that is passing through `frame` (the caller's `finally`),
    else None: an error handled further up the stack is not this run's."""
    if not isinstance(exc, OSError) or exc.errno not in {**_DISK, **_PLACE}:
        return None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame is frame:
            return exc
        tb = tb.tb_next
    return None


def _move_in(tmp: Path, out: Path) -> None:
    """Move the staged files into `out`. A new output folder is the staging folder renamed (one atomic
    step); into an existing one, files are moved one by one after the old ones are kept aside (hard links),
    and on any failure everything moved is put back."""
    if not out.exists():
        mode = 0o777 & ~_umask()
        for folder in [tmp, *(p for p in tmp.rglob("*") if p.is_dir())]:
            folder.chmod(mode)
        os.rename(tmp, out)
        return
    staged = sorted(p for p in tmp.rglob("*") if p.is_file())
    backup = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    made: list[Path] = []
    moved: list[tuple[Path, Path | None]] = []  # (target, its old version kept aside, or None)
    try:
        for source in staged:
            target = out / source.relative_to(tmp)
            for folder in reversed([target.parent, *target.parent.parents]):
                if folder == out or out not in folder.parents or folder.is_dir():
                    continue
                folder.mkdir()
                made.append(folder)
        kept: dict[Path, Path] = {}
        for i, source in enumerate(staged):
            target = out / source.relative_to(tmp)
            if target.is_file():
                kept[target] = backup / str(i)
                try:
                    os.link(target, kept[target])
                except OSError:
                    shutil.copy2(target, kept[target])
        for source in staged:
            target = out / source.relative_to(tmp)
            os.replace(source, target)
            moved.append((target, kept.get(target)))
    except OSError:
        for target, old in reversed(moved):
            try:
                if old is not None:
                    os.replace(old, target)
                else:
                    target.unlink()
            except OSError:
                pass
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)


def _umask() -> int:
    """The process's umask, read without changing it where Linux shows it (os.umask sets it to read it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def inside_file(out: Path, relative) -> bool:
    """A manifest path of an earlier build that still names a file inside `out` (never one outside it)."""
    if not isinstance(relative, str) or not relative or Path(relative).is_absolute() or ".." in Path(relative).parts:
        return False
    return (out / relative).is_file()


def _old_entries(manifest: Path) -> list[dict]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [e for e in data.get("files", []) if isinstance(e, dict)]
    except (OSError, ValueError, AttributeError):
        return []


def sha256_of(path: Path) -> str:
    """The file's SHA-256, read in blocks (the manifest's and the build cache's digests)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
