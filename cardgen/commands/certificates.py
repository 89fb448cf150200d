"""`cardgen certificates`: one certificate of participation per row of a CSV."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, OUTPUT, PACK, TEMPLATES


@click.command()
@click.argument("certificate_id", metavar="CERTIFICATE")
@PACK
@click.option("--participants", "people", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="CSV with columns name,date,hours,group[,organisation].")
@click.option("--split", is_flag=True, help="Also one PDF per participant, named after the person.")
@OUTPUT
@TEMPLATES
@BRAND
def certificates(certificate_id: str, pack: Path, people: Path, split: bool, out: Path,
                 template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """One certificate of participation per row of a CSV, merged into one PDF (and one each with --split)."""
    from ..certificates import certificates as make

    for entry in make(pack, out, certificate_id, people, split, list(template_dirs), brand):
        if entry["kind"] == "certificate" and entry["id"].startswith(certificate_id):
            click.echo(f"{entry['pages']:>4} p.  {out / entry['path']}")
