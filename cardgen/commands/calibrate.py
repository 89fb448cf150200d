"""`cardgen calibrate`: a two-sided test sheet to read a printer's front-to-back offset."""
from __future__ import annotations

import time
from pathlib import Path

import click

from ..messages import msg
from .options import LANG, OUTPUT, TEMPLATES, echo_entries, examples
from .report import chatty, done, say


@click.command(epilog=examples(
    "cardgen calibrate                               # the a4 sheet",
    "cardgen calibrate --sheet a4-short-edge",
    "cardgen calibrate --sheet mijn-printer --pack mijn-pack/content"))
@click.option("--sheet", default="a4", show_default=True, help="The sheet template to calibrate.")
@OUTPUT
@click.option("--pack", type=click.Path(path_type=Path, file_okay=False), default="content", show_default=True,
              help="Content pack whose templates/ (and the project's beside it) are searched first.")
@TEMPLATES
@LANG
@chatty
def calibrate(sheet: str, out: Path, pack: Path, template_dirs: tuple[Path, ...], lang: str | None) -> None:
    """Print a two-sided test sheet to measure the front-to-back offset of your printer."""
    from ..calibration import calibrate as make
    from ..load.pack import Pack
    from ..runner import file_clock, written_since

    started = time.monotonic()
    since = file_clock(out.parent)
    folders = list(template_dirs) + Pack(pack.resolve()).template_dirs()
    echo_entries(written_since(make(out, sheet, folders, lang), out, since), out)
    say(msg("Print it duplex at 100 %, hold it against the light and read the scales: "
        "put the values in the sheet template as back_offset: [right, down]."))
    done("calibrate", started)
