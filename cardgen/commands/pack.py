"""`cardgen pack`: build everything and bundle it for an association's members."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, OUTPUT, PACK, TEMPLATES, echo_entries


@click.command()
@PACK
@OUTPUT
@TEMPLATES
@BRAND
def pack(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Build PACK and bundle it for distribution: combined PDF, print files, README.txt, zip."""
    from ..bundle import make_pack

    name, entries = make_pack(pack, out, brand, list(template_dirs))
    echo_entries(entries, out, 14)
    click.echo(f"zip                     {out / name}.zip")
