"""`cardgen init`: a new pack to start from, with the editor hookup.

A pack folder made here looks like this repository: `content/` (the items and `brand.yaml`),
`templates/` beside it, a README for the trainer, `schemas/` and `.vscode/settings.json`. The small
example pack ships in the package (`cardgen/packs/starter/`); the default pack is this project's
`content/` and `templates/`, which a wheel carries as `cardgen/packs/default/` (see setup.py).
Everything is written to a temporary folder first and moved into place when complete; an existing
pack is never overwritten.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .editor import SCHEMA_DIR, editor_schemas, vscode_settings
from .errors import Problems
from .load.brand import BUILTIN as NEUTRAL_BRAND
from .load.templates import display_path
from .messages import msg

PACKS = Path(__file__).resolve().parent / "packs"
STARTER = PACKS / "starter"
PROJECT = Path(__file__).resolve().parent.parent  # a source checkout: content/ and templates/ live here
MARKERS = ("content", "templates", "README.md", SCHEMA_DIR, ".vscode")


def default_pack() -> Path:
    """The folder that holds the default pack's `content/` and `templates/`: the copy in an installed
    wheel, else the source checkout this package runs from."""
    for root in (PACKS / "default", PROJECT):
        if (root / "content").is_dir() and (root / "templates").is_dir():
            return root
    raise FileNotFoundError(msg("the default pack is not installed with this copy of cardgen"))


def init(folder: Path, from_default: bool = False) -> list[Path]:
    """Write a new pack into `folder` (created, or empty apart from hidden files); returns the files
    written, relative to it. Raises CardgenError when `folder` already holds a pack."""
    problems = Problems()
    if folder.exists() and not folder.is_dir():
        problems.add(display_path(folder), msg("is a file; give a new folder for the pack"))
    elif folder.is_dir():
        taken = [name for name in MARKERS if (folder / name).exists()]
        if taken:
            problems.add(display_path(folder), msg("already holds a pack ({taken}); nothing is overwritten: choose a "
                                                   "new folder", taken=", ".join(taken)))
    problems.raise_if_any()
    parent = folder.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.resolve().name}.init-", dir=parent))
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(work, 0o777 & ~mask)  # mkdtemp makes it private; the pack is an ordinary folder
    try:
        _fill(work, from_default)
        written = sorted(p.relative_to(work) for p in work.rglob("*") if p.is_file())
        if folder.is_dir():  # an empty folder (e.g. a fresh `git init`): move the parts in
            for part in sorted(work.iterdir()):
                os.replace(part, folder / part.name)
        else:
            os.replace(work, folder)
        return written
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fill(root: Path, from_default: bool) -> None:
    ignore = shutil.ignore_patterns("__pycache__", ".*")
    if from_default:
        source = default_pack()
        shutil.copytree(source / "content", root / "content", ignore=ignore)
        shutil.copytree(source / "templates", root / "templates", ignore=ignore)
        brand = NEUTRAL_BRAND.read_text(encoding="utf-8").replace(
            "# cardgen's own neutral brand: used when a pack has no brand.yaml and no --brand is given.",
            "# Jouw huisstijl: pas naam, kleuren en voettekst aan; voeg eventueel logo en lettertypen toe.")
        (root / "content" / "brand.yaml").write_text(brand, encoding="utf-8")
        shutil.copyfile(STARTER / "README.md", root / "README.md")
    else:
        shutil.copytree(STARTER, root, dirs_exist_ok=True, ignore=ignore)
    write_editor_files(root)


def write_editor_files(root: Path) -> None:
    """`schemas/*.schema.json` and `.vscode/settings.json` (the YAML extension's `yaml.schemas`)."""
    (root / SCHEMA_DIR).mkdir(parents=True, exist_ok=True)
    for name, schema in editor_schemas().items():
        (root / SCHEMA_DIR / name).write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    (root / ".vscode").mkdir(exist_ok=True)
    (root / ".vscode" / "settings.json").write_text(json.dumps(vscode_settings(), indent=2) + "\n",
                                                    encoding="utf-8")
