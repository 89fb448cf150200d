"""The one way a path written in content, a brand or a template becomes a file.

Every path a user writes (a logo, a font, a content file found in the pack, a template on the search path,
a reference inside an SVG) goes through `inside()`: resolved once, symbolic links followed, and required
to lie inside its folder. A path that leaves the folder (`../../x`, an absolute path, or a link that
leads out) is refused with the reason, never opened.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..messages import MessageError, msg

MAX_PACK_FILES = 1_000  # content files (.yaml) in one pack
MAX_PACK_ENTRIES = 20_000  # files and folders looked at while finding them


class OutsideFolder(MessageError):
    """A path that is not a file inside its folder; the message says why, in the user's words."""


# The files a folder holds, as the callers name them (`what`), in messages.
FILES = {"files": msg("files"), "images": msg("images"), "fonts": msg("fonts"), "profiles": msg("profiles"),
         "templates": msg("templates"), "spreadsheets": msg("spreadsheets")}


def inside(root: Path, relative: str, what: str = "files") -> Path:
    """`relative` resolved inside `root` (symbolic links followed), or OutsideFolder saying why not.
    `what` names the files in the message ("images must lie inside it")."""
    folder = root.resolve()
    shown = f"{root.name}/"
    what = FILES.get(what, what)
    text = str(relative)
    if "\0" in text:
        raise OutsideFolder(msg("{path} is not a path", path=repr(text[:40])))
    if Path(text).is_absolute() or re.match(r"^[A-Za-z]:[\\/]", text) or text.startswith("~"):
        raise OutsideFolder(msg("'{path}' is an absolute path; give a path inside the folder {folder} (relative to it)",
                                path=text, folder=shown))
    lexical = Path(os.path.normpath(folder / text))
    if not _below(lexical, folder):
        raise OutsideFolder(msg("'{path}' points outside the folder {folder}; {what} must lie inside it", path=text,
                                folder=shown, what=what))
    try:
        resolved = lexical.resolve()
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise OutsideFolder(msg("'{path}' cannot be followed ({error})", path=text, error=str(exc))) from None
    if not _below(resolved, folder):
        raise OutsideFolder(msg("'{path}' is a symbolic link to a file outside the folder {folder}; {what} must lie "
                                "inside it (copy the file in)", path=text, folder=shown, what=what))
    return resolved


def _below(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def yaml_files(root: Path, skip: set[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The .yaml/.yml files below `root` (not brand.yaml, not in hidden folders or folders named in `skip`,
    not following links to folders), and the problems found, each at a path: a link that leads out of the
    pack, too many files."""
    files, problems, seen = [], [], 0
    folder = root.resolve()
    for here, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in skip)
        for name in dirs:  # os.walk does not follow links to folders; one that leads out is said
            link = Path(here) / name
            if link.is_symlink() and not _below(Path(os.path.realpath(link)), folder):
                problems.append((link, msg("is a symbolic link to a folder outside the pack; its files are not read "
                                           "(copy them in)")))
        seen += len(dirs) + len(names)
        if seen > MAX_PACK_ENTRIES:
            problems.append((root, msg("holds more than {most:,} files and folders; is this the content pack folder? "
                                       "(cardgen looks at {most:,} at most)", most=MAX_PACK_ENTRIES)))
            return [], problems
        for name in sorted(names):
            if not name.endswith((".yaml", ".yml")) or name == "brand.yaml":
                continue
            path = Path(here) / name
            if path.is_symlink() and not _below(Path(os.path.realpath(path)), folder):
                problems.append((path, msg("is a symbolic link to a file outside the pack; copy the file in")))
                continue
            if path.is_file():
                files.append(path)
    if len(files) > MAX_PACK_FILES:
        problems.append((root, msg("holds {n:,} content files; a pack may have at most {most:,}", n=len(files),
                                   most=MAX_PACK_FILES)))
        return [], problems
    return sorted(files), problems
