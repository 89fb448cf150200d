"""`cardgen pack`: build everything and bundle it for an association's members."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, JOBS, LANG, OUTPUT, PACK, TEMPLATES, echo_entries, examples
from .report import STRICT_OPTION, Bar, chatty, done, say


@click.command(epilog=examples(
    "cardgen pack                                    # content/ with its brand.yaml",
    "cardgen pack --brand merk/brand.yaml -o leden",
    "cardgen pack mijn-pack/content -q"))
@PACK
@OUTPUT
@TEMPLATES
@BRAND
@LANG
@JOBS
@chatty
@STRICT_OPTION
def pack(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None,
         jobs: int | None) -> None:
    """Build PACK and bundle it for distribution: combined PDF, print files, README.txt, zip."""
    from ..bundle import make_pack
    from ..jobs import default_jobs
    from ..runner import file_clock, written_since

    since = file_clock(out.parent)
    with Bar("pack") as bar:
        name, entries = make_pack(pack, out, brand, list(template_dirs), lang, jobs or default_jobs())
    echo_entries(written_since(entries, out, since), out, 14)
    say(f"zip                     {out / name}.zip")
    done("pack", bar.started)
