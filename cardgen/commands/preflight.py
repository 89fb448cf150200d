"""`cardgen preflight`: check any PDF as a print shop would."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..messages import say as said
from .options import examples
from .report import chatty, done, say


@click.command(epilog=examples(
    "cardgen preflight output/decks/reflectiekaarten-print.pdf --shop",
    "cardgen preflight drukwerk/*.pdf --shop --cmyk",
    "cardgen preflight flyer.pdf -q && echo goed        # only the exit status"))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--shop", is_flag=True, help="Print-shop rules: TrimBox and BleedBox with >= 2 mm bleed, images >= 300 ppi.")
@click.option("--cmyk", is_flag=True, help="Anything RGB fails.")
@chatty
def preflight(files: tuple[Path, ...], shop: bool, cmyk: bool) -> None:
    """Check PDF files (any PDF) as a print shop would; exit 0 only when all pass (1: a check failed,
    2: a file could not be read)."""
    from ..preflight import Unreadable, preflight as check

    failed = unreadable = False
    started = time.monotonic()
    for path in files:
        try:
            report = check(path, shop=shop, cmyk=cmyk)
        except Unreadable as exc:
            click.echo(said(exc.args[0]), err=True)
            unreadable = True
            continue
        for line in report.lines():
            say(line)
        failed |= not report.passed
    done("preflight", started)
    raise SystemExit(2 if unreadable else 1 if failed else 0)
