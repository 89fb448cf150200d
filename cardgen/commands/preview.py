"""`cardgen preview`: PNGs of every card face and a proof sheet per deck."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, ONLY, OUTPUT, PACK, TEMPLATES


@click.command()
@PACK
@OUTPUT
@ONLY
@click.option("--dpi", default=150, show_default=True, type=click.IntRange(36, 600), help="Resolution of the PNGs.")
@TEMPLATES
@BRAND
def preview(pack: Path, out: Path, only: tuple[str, ...], dpi: int, template_dirs: tuple[Path, ...],
            brand: Path | None) -> None:
    """PNGs of every card (front and back) and a proof sheet per deck, in OUT/previews/."""
    from ..preview import preview as make

    entries = make(pack, out, list(only) or None, dpi, list(template_dirs), brand)
    click.echo(f"{sum(1 for e in entries if e['kind'] == 'preview')} previews in {out / 'previews'}")
