"""`cardgen build` and `cardgen check`: the whole pipeline, or all of it but drawing and writing."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, JOBS, LANG, ONLY, OUTPUT, PACK, TEMPLATES, examples
from .report import STRICT_OPTION, Bar, chatty, echo_entries, note, say


@click.command(epilog=examples(
    "cardgen build                                   # content/ into output/",
    "cardgen build mijn-pack/content -o mijn-pack/output",
    "cardgen build --only reflectiekaarten --only roddelmethode -q",
    "cardgen build --force -j 1                      # everything again, in one process"))
@PACK
@OUTPUT
@ONLY
@TEMPLATES
@BRAND
@LANG
@JOBS
@click.option("--force", is_flag=True, help="Build every item, also those unchanged since the last build into OUT.")
@click.option("--preflight", is_flag=True,
              help="Check every print-shop file as `cardgen preflight --shop` does before writing it.")
@chatty
@STRICT_OPTION
def build(pack: Path, out: Path, only: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None,
          lang: str | None, jobs: int | None, force: bool, preflight: bool) -> None:
    """Build the content pack PACK (default: content/) into print-ready PDFs and list the files written.
    An item whose files, templates, pictures and brand are unchanged since the last build into OUT is not
    built again (--force builds all)."""
    from ..jobs import default_jobs
    from ..runner import build as run

    with Bar("build") as bar:
        result = run(pack, out, list(only) or None, list(template_dirs), brand, progress=bar.update, force=force,
                     options={"deck": {"preflight": True}} if preflight else None,
                     lang=lang, jobs=jobs or default_jobs())
    echo_entries(result.entries, out)
    if not result.entries and result.unchanged:
        say(f"nothing changed since the last build into {out}: {result.unchanged} item"
            f"{'s' if result.unchanged != 1 else ''} kept as they are (--force builds them again)")
    stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.seconds.items())
    kept = f"; {result.unchanged} unchanged since the last build (--force builds them too)" if result.unchanged else ""
    note(f"built {result.items} item{'s' if result.items != 1 else ''} into {out}: "
         f"{len(result.entries)} files in {sum(result.seconds.values()):.1f} s ({stages}){kept}")


@click.command(epilog=examples(
    "cardgen check                                   # every item of content/",
    "cardgen check mijn-pack/content --only mijn-kaarten",
    "cardgen check --strict                          # warnings count as failures (exit 1)"))
@PACK
@ONLY
@TEMPLATES
@BRAND
@LANG
@chatty
@STRICT_OPTION
def check(pack: Path, only: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None,
          lang: str | None) -> None:
    """Validate PACK and fit all text, writing nothing."""
    from .. import pipeline

    lines = pipeline.check(pack, list(only) or None, list(template_dirs), brand, lang)
    for line in lines:
        say(line)
    say(f"ok: {len(lines)} item{'s' if len(lines) != 1 else ''} valid, all text fits")
