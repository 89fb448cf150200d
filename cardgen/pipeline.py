"""The spine of cardgen: load → validate → plan (lay out) → draw (render) → write.

`build()` and `check()` read top to bottom as the pipeline; each stage is a
named call that appends to one `Problems` collector, and the run aborts once,
with every problem, before anything is written. Fitting is decided when the
pages are planned, so `check` is the same run without drawing and writing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .cache import BuildCache
from .errors import Problems
from .layout.labels import labels_for, setting_text_language
from .layout.plan import Look
from .render.fonts import FontMetrics, faces
from .kinds import Context, Kind, kind_keys, registry
from .load.brand import load_brand
from .load.pack import load_pack
from .load.templates import TemplateStore
from .write import Staging

Planned = list[tuple[Kind, Any]]


def build(pack_dir: Path, out_dir: Path, only: list[str] | None = None,
          template_dirs: list[Path] | None = None, brand: Path | None = None,
          options: dict[str, dict] | None = None, lang: str | None = None, force: bool = False) -> list[dict]:
    """Build every item of the pack (or only the ids in `only`) into `out_dir`; returns the manifest entries.
    `options` are command-line values for one kind, by its key (e.g. {"agenda": {"start": "19:30"}});
    `lang` (nl, en) overrides the brand's `language:`. Items whose inputs are unchanged since the last
    build into `out_dir` are not built again (cache.py), unless `force`."""
    problems = Problems()
    ctx = load(pack_dir, template_dirs, only, problems, brand, lang)
    ctx.options = options or {}
    return build_loaded(ctx, out_dir, problems, None if force else BuildCache(out_dir))


def build_loaded(ctx: Context, out_dir: Path, problems: Problems, cache: BuildCache | None = None) -> list[dict]:
    """The stages after load, for a command that has loaded the pack already."""
    return draw(plan(ctx, problems, cache), out_dir, problems, cache)


def plan(ctx: Context, problems: Problems, cache: BuildCache | None = None) -> Planned:
    """Validate and plan every selected item, all text fitted; aborts with every problem found. With a
    `cache`, the items whose inputs are unchanged since the last build into its folder are not planned."""
    items = validate(ctx, problems)
    if cache is not None and not problems:
        items = cache.changed(items, ctx, source_of)
    activate_brand(ctx)
    with setting_text_language(ctx.labels.lang):  # content hyphenated and normalised in the pack's language
        planned = lay_out(items, ctx, problems)  # text that does not fit is reported here, with every other error
    problems.raise_if_any()
    return planned


def draw(planned: Planned, out_dir: Path, problems: Problems, cache: BuildCache | None = None) -> list[dict]:
    """Draw the planned items into a staging folder and move them into `out_dir` when all succeeded; with a
    `cache`, the files of unchanged items stay as they are and the cache records this build."""
    staging = Staging(out_dir)
    try:
        made = render(planned, staging, problems)
        problems.raise_if_any()
        if cache is not None:
            staging.kept.extend(cache.served)
            cache.save(made, staging)
        return write(staging)
    finally:
        staging.discard()


def check(pack_dir: Path, only: list[str] | None = None, template_dirs: list[Path] | None = None,
          brand: Path | None = None, lang: str | None = None) -> list[str]:
    """Everything `build` does but drawing and writing: load, validate, plan (all text fitted)."""
    problems = Problems()
    ctx = load(pack_dir, template_dirs, only, problems, brand, lang)
    return [kind.describe(item) for kind, item in plan(ctx, problems)]


def load(pack_dir: Path, template_dirs: list[Path] | None, only: list[str] | None, problems: Problems,
         brand: Path | None = None, lang: str | None = None) -> Context:
    """The pack, its templates and brand; the labels in `lang` when given, else in the brand's language."""
    pack = load_pack(pack_dir, problems, kind_keys())
    store = TemplateStore(list(template_dirs or []) + pack.template_dirs(), problems)
    assets = load_brand(pack.root, brand, problems)
    language = lang or (assets.brand.language if assets is not None else None)
    return Context(pack, store, set(only) if only else None, assets, labels=labels_for(language))


def activate_brand(ctx: Context) -> None:
    """The brand's look (author, keywords, fonts) for every file of the run, and text measured in its fonts."""
    brand = ctx.identity()
    files = ctx.brand.fonts if ctx.brand is not None else {}
    ctx.look = Look(brand.name, ", ".join(k for k in ("intervisie", brand.name, brand.version) if k),
                    faces(files, brand.brand), ctx.labels.lang)
    ctx.metrics = FontMetrics(ctx.look)


def validate(ctx: Context, problems: Problems) -> list[tuple[Kind, Any]]:
    items, known = [], set()
    for kind in registry():
        sources = ctx.pack.items.get(kind.key, [])
        known.update(str(s.data.get(kind.key)) for s in sources)
        items.extend((kind, item) for item in kind.validate(sources, ctx, problems))
    for missing in sorted((ctx.only or set()) - known):
        problems.add(str(ctx.pack.root.name), f"no item with id '{missing}' (known: {', '.join(sorted(known))})")
    return items


def lay_out(items: list[tuple[Kind, Any]], ctx: Context, problems: Problems) -> Planned:
    """Plan each item; then every character it will draw that its font lacks (or that is right to left) is
    an error at the content field that holds it (layout/glyphs.py), found from what the plan measured."""
    from .layout.glyphs import unprintable

    planned = []
    take_missing = getattr(ctx.metrics, "take_missing", dict)
    take_missing()  # what was measured before planning belongs to no item
    brand = [ctx.brand.source] if ctx.brand is not None else []
    for kind, item in items:
        result = kind.lay_out(item, ctx, problems)
        source = source_of(item)
        name = f"{kind.key} '{source.data.get(kind.key)}'" if source is not None else kind.key
        for where, path, message in unprintable(take_missing(), ([source] if source else []) + brand, name):
            where.problem(problems, path, message)
        if result is not None:
            planned.append((kind, result))
    return planned


def render(planned: Planned, staging: Staging, problems: Problems) -> dict[str, list[str]]:
    """Draw every planned item; returns the files each made (by `kind:id`)."""
    made: dict[str, list[str]] = {}
    for kind, item in planned:
        before = len(staging.files)
        kind.render(item, staging, problems)
        source = source_of(item)
        if source is not None:
            made[f"{kind.key}:{source.data.get(kind.key)}"] = [f.path for f in staging.files[before:]]
    return made


def source_of(item: Any):
    """The content file an item (as a kind validated or planned it) came from, or None."""
    return getattr(item, "source", None) or getattr(getattr(item, "valid", None), "source", None)


def write(staging: Staging) -> list[dict]:
    return staging.commit()
