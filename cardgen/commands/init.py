"""`cardgen init`: a new pack to start from (or a copy of the whole default pack), with editor hookup."""
from __future__ import annotations

from pathlib import Path

import click

from ..messages import msg
from .options import examples
from .report import chatty, note, say


@click.command(epilog=examples(
    "cardgen init mijn-pack && cd mijn-pack && cardgen build",
    "cardgen init mijn-pack --from-default          # all of cardgen's own material, to adapt",
    "cardgen init                                    # in the current (empty) folder"))
@click.argument("folder", type=click.Path(path_type=Path), default=".", required=False)
@click.option("--from-default", is_flag=True,
              help="Copy the whole default pack (every deck, method, guide, agenda, form) instead of the small example.")
@chatty
def init(folder: Path, from_default: bool) -> None:
    """Start a pack in FOLDER (default: here): a deck, a method, an agenda, a form, a brand, a template,
    a README for the trainer, and the JSON Schemas with VS Code settings for completion while typing.
    An existing pack is never overwritten."""
    from ..scaffold import init as make

    written = make(folder, from_default)
    for path in written:
        say(str(folder / path))
    note(msg("{n} files; next: cd {folder} && cardgen build", n=len(written), folder=folder))
