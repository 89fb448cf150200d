"""`cardgen build` and `cardgen check`: the whole pipeline, or all of it but drawing and writing."""
from __future__ import annotations

from pathlib import Path

import click

from ..messages import msg
from .options import BRAND, JOBS, LANG, ONLY, OUTPUT, PACK, TEMPLATES, examples
from .report import STRICT_OPTION, Bar, chatty, echo_entries, note, say


_STAGES = {"load": msg("load"), "validate": msg("validate"), "plan and draw": msg("plan and draw")}  # runner's laps


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
        say(msg("nothing changed since the last build into {out}: {n} items kept as they are (--force builds "
                "them again)", out=out, n=result.unchanged) if result.unchanged != 1 else
            msg("nothing changed since the last build into {out}: 1 item kept as they are (--force builds them "
                "again)", out=out))
    stages = ""
    for stage, seconds in result.seconds.items():
        lap = msg("{stage} {seconds:.2f} s", stage=_STAGES.get(stage, stage), seconds=seconds)
        stages = msg("{before}, {lap}", before=stages, lap=lap) if stages else lap
    kept = msg("; {n} unchanged since the last build (--force builds them too)", n=result.unchanged) \
        if result.unchanged else ""
    built = dict(out=out, files=len(result.entries), seconds=sum(result.seconds.values()), stages=stages, kept=kept)
    note(msg("built {n} items into {out}: {files} files in {seconds:.1f} s ({stages}){kept}", n=result.items, **built)
         if result.items != 1 else msg("built 1 item into {out}: {files} files in {seconds:.1f} s ({stages}){kept}",
                                       **built))


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
    say(msg("ok: {n} items valid, all text fits", n=len(lines)) if len(lines) != 1 else
        msg("ok: 1 item valid, all text fits"))
