"""`cardgen preview`: PNGs of every card face and a proof sheet per deck."""
from __future__ import annotations

from pathlib import Path

import click

from ..messages import msg
from .options import BRAND, LANG, ONLY, OUTPUT, PACK, TEMPLATES, examples
from .report import STRICT_OPTION, Bar, chatty, done, say


@click.command(epilog=examples(
    "cardgen preview                                 # every deck of content/",
    "cardgen preview --only reflectiekaarten --dpi 300",
    "cardgen preview mijn-pack/content -o mijn-pack/output"))
@PACK
@OUTPUT
@ONLY
@click.option("--dpi", default=150, show_default=True, type=click.IntRange(36, 600), help="Resolution of the PNGs.")
@TEMPLATES
@BRAND
@LANG
@chatty
@STRICT_OPTION
def preview(pack: Path, out: Path, only: tuple[str, ...], dpi: int, template_dirs: tuple[Path, ...],
            brand: Path | None, lang: str | None) -> None:
    """PNGs of every card (front and back) and a proof sheet per deck, in OUT/previews/."""
    from ..preview import preview as make
    from ..runner import file_clock, written_since

    since = file_clock(out.parent)
    with Bar("preview") as bar:
        entries = written_since(make(pack, out, list(only) or None, dpi, list(template_dirs), brand, lang), out,
                                since)
    say(msg("{n} previews in {folder}", n=sum(1 for e in entries if e['kind'] == 'preview'), folder=out / "previews"))
    done("preview", bar.started)
