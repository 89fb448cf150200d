"""`cardgen schema`: the JSON Schema of a content or template kind, for editor completion."""
from __future__ import annotations

import json

import click

from ..messages import msg, say
from .options import examples


@click.command(epilog=examples(
    "cardgen schema deck > deck.schema.json",
    "cardgen schema card-template",
    "cardgen schema brand"))
@click.argument("kind")
def schema(kind: str) -> None:
    """Print the JSON Schema of a content kind (deck, method, …, brand) or template kind (card-template, …)."""
    from ..kinds import schemas
    from ..schema.export import json_schema

    known = schemas()
    if kind not in known:
        raise click.BadParameter(say(msg("'{kind}' is not a kind (known: {known})", kind=kind, known=", ".join(known))),
                                 param_hint="KIND")
    click.echo(json.dumps(json_schema(known[kind]), indent=2, ensure_ascii=False))
