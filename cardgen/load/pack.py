"""A content pack: a folder of YAML files, each one item of a kind named by its first key."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problems
from ..messages import msg
from .paths import OutsideFolder, inside, yaml_files
from .templates import display_path
from .yamlfile import Source, load_yaml

SKIP_DIRS = {"templates", "images", "assets", "beelden"}  # beelden: pictures, not content


@dataclass
class Pack:
    root: Path
    items: dict[str, list[Source]] = field(default_factory=dict)  # kind -> sources

    def template_dirs(self) -> list[Path]:
        """The pack's own templates/, then the project's templates/ beside the pack."""
        return [self.root / "templates", self.root.parent / "templates"]


def content_files(root: Path) -> list[Path]:
    return yaml_files(root, SKIP_DIRS)[0]


def load_pack(root: Path, problems: Problems, kinds: tuple[str, ...]) -> Pack:
    """Every content file of the pack, by kind; `kinds` are the keys the registry knows."""
    pack = Pack(root.resolve())
    if not root.is_dir():
        problems.add(display_path(root), msg("is not a folder (give the content pack folder, e.g. content/)"))
        return pack
    files, found = yaml_files(root, SKIP_DIRS)
    for path, message in found:
        problems.add(_link_shown(path), message)
    if not files and not found:
        problems.add(display_path(root), msg("holds no .yaml content files"))
    for path in files:
        source = load_yaml(path, display_path(path), problems)
        if source is None:
            continue
        if not isinstance(source.data, dict):
            problems.add(source.file, msg("must be a mapping of keys and values (e.g. 'deck: mijn-deck')"), 1, 1)
            continue
        kind = next(iter(source.data), None)  # the first key names the kind (an agenda may name a method)
        if kind not in kinds:
            problems.add(source.file, msg("the first key must name the content kind ({kinds}), not '{kind}'",
                                          kinds=", ".join(kinds), kind=kind), 1, 1)
            continue
        pack.items.setdefault(kind, []).append(source)
    return pack


def _link_shown(path: Path) -> str:
    """A path as shown, without following the link it may be (display_path resolves links)."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def resolve_inside(root: Path, relative: str) -> Path | None:
    """`relative` resolved inside the pack folder, or None if it would escape it (`paths.inside` says why)."""
    try:
        return inside(root, relative)
    except OutsideFolder:
        return None
