"""Layout templates on a search path, with `extends:` resolved.

The search path is the user's folders first (the pack's own templates/, then
the project's templates/ beside the pack), then cardgen's built-ins, so a
project can override or extend any built-in by name.
"""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from ..errors import Problems
from ..messages import msg
from .paths import OutsideFolder, inside
from .yamlfile import Mark, Source, load_yaml, peek_key

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "templates"
MAX_EXTENDS = 16  # templates extending templates (docs/limits.md)
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # a template's file name without .yaml


def display_path(path: Path) -> str:
    """A path as shown to the user: relative to the working folder when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _merge(base: dict, over: dict, base_marks: dict, over_marks: dict, prefix: tuple = ()) -> dict:
    """Deep-merge `over` onto `base` (mappings merge, everything else is replaced), marks alike."""
    out = dict(base)
    for key, value in over.items():
        path = prefix + (key,)
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value, base_marks, over_marks, path)
        else:
            out[key] = value
            for p in [p for p in base_marks if p[:len(path)] == path]:
                del base_marks[p]
        if path in over_marks:
            base_marks[path] = over_marks[path]
    for p, m in over_marks.items():
        if p[:len(prefix)] == prefix and p not in base_marks:
            base_marks[p] = m
    return out


def _kind_of(path: Path) -> str | None:
    kind = peek_key(path, "kind")
    return kind if isinstance(kind, str) else None


def valid_name(name: str) -> bool:
    """A template name is a file name without .yaml, never a path ('../x', 'a/b')."""
    return bool(NAME.fullmatch(name)) and ".." not in name


class TemplateStore:
    """Finds, loads, merges and validates templates by name, each once."""

    def __init__(self, folders: list[Path], problems: Problems):
        self.folders = [f for f in folders if f.is_dir()] + [BUILTIN_DIR]
        self.problems = problems
        self._raw: dict[str, Source | None] = {}
        self._models: dict[str, BaseModel | None] = {}

    def names(self, kind: str | None = None) -> list[str]:
        """Template names on the search path, of one kind if given (read from each file's `kind:`)."""
        names = {p.stem: p for folder in reversed(self.folders) for p in folder.glob("*.yaml")}
        if kind is None:
            return sorted(names)
        return sorted(name for name, path in names.items() if _kind_of(path) == kind)

    def catalogue(self) -> list[tuple[str, str, Path, list[str], list[Path]]]:
        """Every template on the search path: (name, kind, the file that is used, what it extends,
        the files it overrides further down the path), by name."""
        found: dict[str, list[Path]] = {}
        for folder in self.folders:
            for path in sorted(folder.glob("*.yaml")):
                found.setdefault(path.stem, []).append(path)
        out = []
        for name in sorted(found):
            used, *hidden = found[name]
            kind, parents = peek_key(used, "kind"), peek_key(used, "extends") or []
            out.append((name, str(kind if kind is not None else "?"), used, [parents] if isinstance(parents, str)
                        else [str(p) for p in parents] if isinstance(parents, list) else [], hidden))
        return out

    def find(self, name: str) -> Path | None:
        """The file of template `name`, first on the search path; OutsideFolder when the name is a path or
        the file is a link that leads out of its folder."""
        if not valid_name(name):
            raise OutsideFolder(msg("'{name}' is not a template name (the name of a .yaml file in templates/, without "
                                    ".yaml: letters, digits, '-', '_' and '.', no folders)", name=name[:60]))
        for folder in self.folders:
            candidate = folder / f"{name}.yaml"
            if candidate.is_file() or candidate.is_symlink():
                return inside(folder, candidate.name, "templates")
        return None

    def _merged(self, name: str, chain: tuple[str, ...], want: Mark, kind: str | None = None,
                field: str = "template") -> Source | None:
        if name in chain:
            cycle = " -> ".join(chain + (name,))
            self.problems.add(want[0], msg("templates extend each other in a cycle: {cycle}", cycle=cycle), want[1],
                              want[2], "extends")
            return None
        if len(chain) > MAX_EXTENDS:
            shown = " -> ".join(chain[:3] + ("…",) + chain[-2:] + (name,))
            self.problems.add(want[0], msg("templates extend each other more than {most} levels deep ({chain}); "
                                           "cardgen follows at most {most}", most=MAX_EXTENDS, chain=shown),
                              want[1], want[2], "extends")
            return None
        if name in self._raw:
            return self._raw[name]
        try:
            path = self.find(name)
        except OutsideFolder as exc:
            self.problems.add(want[0], exc.args[0], want[1], want[2], field if not chain else "extends")
            self._raw[name] = None
            return None
        if path is None:
            where = "".join(f"{display_path(f)}/, " for f in self.folders[:-1])
            known = ", ".join(self.names(kind))
            if kind:
                said = msg("template '{name}' not found (looked in {where}the built-ins; known {kind} templates: "
                           "{known})", name=name, where=where, kind=kind, known=known)
            else:
                said = msg("template '{name}' not found (looked in {where}the built-ins; known templates: {known})",
                           name=name, where=where, known=known)
            self.problems.add(want[0], said, want[1], want[2], field)
            self._raw[name] = None
            return None
        source = load_yaml(path, display_path(path), self.problems)
        if source is None or not isinstance(source.data, dict):
            if source is not None:
                self.problems.add(source.file, msg("a template must be a mapping of keys and values"), 1, 1)
            self._raw[name] = None
            return None
        raw = source.data.get("extends")
        parents = raw if isinstance(raw, list) else [] if raw is None else [raw]
        data: dict = {}
        marks: dict = {}
        for i, parent in enumerate(parents):
            at = source.mark(("extends", i) if isinstance(raw, list) else ("extends",))
            if not isinstance(parent, str):
                from ..schema.messages import given

                self.problems.add(at[0], msg("expected a template name, got {given}", given=given(parent)), at[1],
                                  at[2],
                                  f"extends[{i}]" if isinstance(raw, list) else "extends")
                self._raw[name] = None
                return None
            base = self._merged(parent, chain + (name,), at)
            if base is None:
                self._raw[name] = None
                return None
            data = _merge(data, base.data, marks, dict(base.marks))
        data = _merge(data, source.data, marks, dict(source.marks))
        data.pop("extends", None)
        merged = Source(source.file, data, marks)
        self._raw[name] = merged
        return merged

    def source(self, name: str) -> Source:
        """The merged data and marks of a template loaded before."""
        return self._raw[name]

    def get(self, name: str, model: type[BaseModel], want: Mark, field: str = "template") -> BaseModel | None:
        """The validated template `name` of the given model, or None after recording problems."""
        from ..schema.common import parse_model

        key = f"{model.__name__}:{name}"
        if key not in self._models:
            expected = model.model_fields["kind"].annotation.__args__[0]
            source = self._merged(name, (), want, expected, field)
            result = None
            if source is not None:
                kind = source.data.get("kind")
                if kind != expected:
                    self.problems.add(want[0], msg("template '{name}' is a '{kind}' template, not a '{expected}' "
                                                   "template", name=name, kind=kind, expected=expected),
                                      want[1], want[2], field)
                else:
                    source.data["template"] = name
                    result = parse_model(model, source, self.problems)
            self._models[key] = result
        return self._models[key]
