"""Options that several commands share, so they read and behave alike."""
from __future__ import annotations

from pathlib import Path

import click

PACK = click.argument("pack", type=click.Path(path_type=Path), default="content", required=False)
ONLY = click.option("--only", "--deck", "only", multiple=True, metavar="ID",
                    help="Only this item: a deck, method, guide, agenda, form or certificate id (repeatable).")
OUTPUT = click.option("-o", "--output", "out", type=click.Path(path_type=Path, file_okay=False), default="output",
                      show_default=True, help="Output folder.")
BRAND = click.option("--brand", type=click.Path(path_type=Path, dir_okay=False), default=None,
                     help="Brand file (default: the pack's brand.yaml, else cardgen's neutral brand).")
TEMPLATES = click.option("--templates", "template_dirs", multiple=True, metavar="DIR",
                         type=click.Path(path_type=Path, file_okay=False),
                         help="Look for layout templates here first (repeatable).")


def echo_entries(entries: list[dict], out: Path, width: int = 12) -> None:
    """One line per file written: its manifest kind, pages and path."""
    for entry in entries:
        click.echo(f"{entry['kind']:<{width}} {entry['pages']:>5} p.  {out / entry['path']}")
