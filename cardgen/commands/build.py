"""`cardgen build` and `cardgen check`: the whole pipeline, or all of it but drawing and writing."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, ONLY, OUTPUT, PACK, TEMPLATES, echo_entries


@click.command()
@PACK
@OUTPUT
@ONLY
@TEMPLATES
@BRAND
def build(pack: Path, out: Path, only: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Build the content pack PACK (default: content/) into print-ready PDFs."""
    from .. import pipeline

    echo_entries(pipeline.build(pack, out, list(only) or None, list(template_dirs), brand), out)


@click.command()
@PACK
@ONLY
@TEMPLATES
@BRAND
def check(pack: Path, only: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Validate PACK and fit all text, writing nothing."""
    from .. import pipeline

    lines = pipeline.check(pack, list(only) or None, list(template_dirs), brand)
    for line in lines:
        click.echo(line)
    click.echo(f"ok: {len(lines)} item{'s' if len(lines) != 1 else ''} valid, all text fits")
