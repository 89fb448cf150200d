"""The spine of cardgen: load → validate → plan (lay out) → draw (render) → write.

`build()` and `check()` read top to bottom as the pipeline; each stage is a
named call that appends to one `Problems` collector, and the run aborts once,
with every problem, before anything is written. Fitting is decided when the
pages are planned, so `check` is the same run without drawing and writing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .cache import BuildCache, key_of
from .errors import CardgenError, Problem, Problems
from .jobs import in_order, processes_for, relog
from .layout.labels import labels_for, setting_text_language
from .messages import choose, msg
from .layout.plan import Look
from .render.fonts import FontMetrics, faces
from .kinds import Context, Kind, kind_keys, registry
from .load.brand import load_brand
from .load.pack import load_pack
from .load.templates import TemplateStore
from .write import Part, Produced, Staging

Progress = Callable[[str, int, int], None]  # (stage, done, total)

Planned = list[tuple[Kind, Any]]


def build(pack_dir: Path, out_dir: Path, only: list[str] | None = None,
          template_dirs: list[Path] | None = None, brand: Path | None = None,
          options: dict[str, dict] | None = None, lang: str | None = None, force: bool = False,
          jobs: int = 1) -> list[dict]:
    """Build every item of the pack (or only the ids in `only`) into `out_dir`; returns the manifest entries.
    `options` are command-line values for one kind, by its key (e.g. {"agenda": {"start": "19:30"}});
    `lang` (nl, en) overrides the brand's `language:`. Items whose inputs are unchanged since the last
    build into `out_dir` are not built again (cache.py), unless `force`. `jobs`: processes to share the
    items over (the files are the same with any number)."""
    problems = Problems()
    ctx = load(pack_dir, template_dirs, only, problems, brand, lang)
    ctx.options = options or {}
    return build_loaded(ctx, out_dir, problems, None if force else BuildCache(out_dir), jobs)


def build_loaded(ctx: Context, out_dir: Path, problems: Problems, cache: BuildCache | None = None,
                 jobs: int = 1, progress: Progress | None = None) -> list[dict]:
    """The stages after load, for a command that has loaded the pack already."""
    return make(select(ctx, problems, cache), ctx, out_dir, problems, cache, jobs, progress)


def select(ctx: Context, problems: Problems, cache: BuildCache | None = None) -> list[tuple[Kind, Any]]:
    """Validate every selected item; with a `cache`, leave out those whose inputs are unchanged since the
    last build into its folder."""
    items = validate(ctx, problems)
    if cache is not None and not problems:
        items = cache.changed(items, ctx, source_of)
    return items


def plan(ctx: Context, problems: Problems, cache: BuildCache | None = None) -> Planned:
    """Validate and plan every selected item, all text fitted; aborts with every problem found."""
    items = select(ctx, problems, cache)
    activate_brand(ctx)
    planned = []
    for kind, item in items:
        result = plan_one(kind, item, ctx, problems)  # text that does not fit is reported here, with every other error
        if result is not None:
            planned.append((kind, result))
    problems.raise_if_any()
    return planned


def make(items: list[tuple[Kind, Any]], ctx: Context, out_dir: Path, problems: Problems,
         cache: BuildCache | None = None, jobs: int = 1, progress: Progress | None = None) -> list[dict]:
    """Plan and draw each item, one after the other or shared over `jobs` processes, into a staging folder,
    and move the files into `out_dir` when every item succeeded. Every item is planned, so that the run
    reports every problem at once; after a validation problem none is drawn, and an item with a problem of
    its own is never drawn."""
    activate_brand(ctx)
    staging = Staging(out_dir)
    try:
        draw_too = not problems

        def one(index: int) -> Made:
            kind, item = items[index]
            return make_one(kind, item, ctx, staging.tmp, draw_too)

        made: dict[str, list[str]] = {}
        processes = processes_for(jobs, len(items))
        for done, (result, warnings) in enumerate(in_order(one, len(items), processes, lambda i: weight(items[i]))):
            relog(warnings)
            if result.failure is not None:
                raise result.failure  # here, so that the staging folder turns a write error into one line
            problems.extend(result.problems)
            staging.files.extend(result.files)
            if result.key:
                made[result.key] = [f.path for f in result.files]
            if progress is not None:
                progress("draw", done + 1, len(items))
        return finish(staging, made, problems, cache)
    finally:
        staging.discard()


def draw(planned: Planned, out_dir: Path, problems: Problems, cache: BuildCache | None = None) -> list[dict]:
    """Draw items planned already into a staging folder and move them into `out_dir` when all succeeded."""
    staging = Staging(out_dir)
    try:
        return finish(staging, render(planned, staging, problems), problems, cache)
    finally:
        staging.discard()


def finish(staging: Staging, made: dict[str, list[str]], problems: Problems, cache: BuildCache | None) -> list[dict]:
    """Abort with every problem, or record the build in the cache and move the staged files into place."""
    problems.raise_if_any()
    if cache is not None:
        staging.kept.extend(cache.served)
        cache.save(made, staging)
    return write(staging)


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
    own = assets.brand.language if assets is not None else None
    choose(pack=own)  # what cardgen says follows the pack too
    return Context(pack, store, set(only) if only else None, assets, labels=labels_for(lang or own))


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
        problems.add(str(ctx.pack.root.name), msg("no item with id '{id}' (known: {known})", id=missing,
                                                  known=", ".join(sorted(known))))
    return items


@dataclass
class Made:
    """What planning and drawing one item gave: its problems, the files it staged (by `kind:id`, `key`), and
    a write error to raise in the parent (`failure`), which must pass through the staging folder's hands."""

    problems: list[Problem] = field(default_factory=list)
    files: list[Produced] = field(default_factory=list)
    key: str = ""
    failure: OSError | None = None


def make_one(kind: Kind, item: Any, ctx: Context, tmp: Path, draw_too: bool = True) -> Made:
    """Plan one item and, when it has no problem, draw it into the staging folder `tmp` (in this process or
    in a child of the pool)."""
    problems, part = Problems(), Part(tmp)
    planned = plan_one(kind, item, ctx, problems)
    try:
        if planned is not None and draw_too and not problems:
            kind.render(planned, part, problems)
    except CardgenError as exc:
        problems.extend(exc.problems)
    except OSError as exc:
        return Made(failure=exc)
    return Made(problems.items, part.files, item_key(kind, item) or "")


def weight(item: tuple[Kind, Any]) -> float:
    """A rough measure of an item's work, so that the pool starts the big ones first: the size of its content."""
    source = source_of(item[1])
    return float(len(repr(source.data))) if source is not None else 0.0


def plan_one(kind: Kind, item: Any, ctx: Context, problems: Problems) -> Any:
    """Plan one item in the pack's language; then every character it will draw that its font lacks (or that
    is right to left) is an error at the content field that holds it (layout/glyphs.py), found from what the
    plan measured."""
    from .layout.glyphs import unprintable

    take_missing = getattr(ctx.metrics, "take_missing", dict)
    take_missing()  # what was measured before planning belongs to no item
    with setting_text_language(ctx.labels.lang):  # content hyphenated and normalised in the pack's language
        result = kind.lay_out(item, ctx, problems)
    source = source_of(item)
    brand = [ctx.brand.source] if ctx.brand is not None else []
    word = KIND_WORDS.get(kind.key, kind.key)
    name = msg("{kind} '{id}'", kind=word, id=source.data.get(kind.key)) if source is not None else word
    for where, path, message in unprintable(take_missing(), ([source] if source else []) + brand, name):
        where.problem(problems, path, message)
    return result


# What each kind is called in a message ("kaartenset 'reflectie'" in Dutch); a kind not named here goes by its key.
KIND_WORDS = {"deck": msg("deck"), "method": msg("method"), "guide": msg("guide"), "agenda": msg("agenda"),
              "form": msg("form"), "certificate": msg("certificate"), "schedule": msg("schedule")}


def render(planned: Planned, staging: Staging, problems: Problems) -> dict[str, list[str]]:
    """Draw every planned item; returns the files each made (by `kind:id`)."""
    made: dict[str, list[str]] = {}
    for kind, item in planned:
        before = len(staging.files)
        kind.render(item, staging, problems)
        key = item_key(kind, item)
        if key is not None:
            made[key] = [f.path for f in staging.files[before:]]
    return made


def item_key(kind: Kind, item: Any) -> str | None:
    """`kind:id`, by which the build cache knows an item's files; None for an item without a content file."""
    source = source_of(item)
    return key_of(kind, source) if source is not None else None


def source_of(item: Any):
    """The content file an item (as a kind validated or planned it) came from, or None."""
    return getattr(item, "source", None) or getattr(getattr(item, "valid", None), "source", None)


def write(staging: Staging) -> list[dict]:
    return staging.commit()
