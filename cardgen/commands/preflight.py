"""`cardgen preflight`: check any PDF as a print shop would."""
from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--shop", is_flag=True, help="Print-shop rules: TrimBox and BleedBox with >= 2 mm bleed, images >= 300 ppi.")
@click.option("--cmyk", is_flag=True, help="Anything RGB fails.")
def preflight(files: tuple[Path, ...], shop: bool, cmyk: bool) -> None:
    """Check PDF files (any PDF) as a print shop would; exit 0 only when all pass."""
    from ..preflight import Unreadable, preflight as check

    failed = unreadable = False
    for path in files:
        try:
            report = check(path, shop=shop, cmyk=cmyk)
        except Unreadable as exc:
            click.echo(str(exc), err=True)
            unreadable = True
            continue
        for line in report.lines():
            click.echo(line)
        failed |= not report.passed
    raise SystemExit(2 if unreadable else 1 if failed else 0)
