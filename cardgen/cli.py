"""The command line: a thin click layer over `cardgen.pipeline`."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import click

from . import __version__, pipeline

PACK = click.argument("pack", type=click.Path(path_type=Path), default="content", required=False)
DECK = click.option("--only", "--deck", "decks", multiple=True, metavar="ID",
                    help="Only this item: a deck, method, guide, agenda, form or certificate id (repeatable).")
OUTPUT = click.option("-o", "--output", "out", type=click.Path(path_type=Path, file_okay=False), default="output",
                      show_default=True, help="Output folder.")
BRAND = click.option("--brand", type=click.Path(path_type=Path, dir_okay=False), default=None,
                     help="Brand file (default: the pack's brand.yaml, else cardgen's neutral brand).")
TEMPLATES = click.option("--templates", "template_dirs", multiple=True, metavar="DIR",
                         type=click.Path(path_type=Path, file_okay=False),
                         help="Look for layout templates here first (repeatable).")


@click.group()
@click.version_option(__version__, prog_name="cardgen")
def main() -> None:
    """Compile YAML intervision content through layout templates into print-ready PDFs."""
    _show_warnings()


class _Warnings(logging.Handler):
    """Writes each warning to the stderr of the moment (click's), so runs in one process each get theirs."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    """Warnings (not errors) go to stderr as `warning: file:line:col: field: message`."""
    log = logging.getLogger("cardgen")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings())
        log.propagate = False


@main.command()
@PACK
@OUTPUT
@DECK
@TEMPLATES
@BRAND
def build(pack: Path, out: Path, decks: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Build the content pack PACK (default: content/) into print-ready PDFs."""
    entries = pipeline.build(pack, out, list(decks) or None, list(template_dirs), brand)
    for entry in entries:
        click.echo(f"{entry['kind']:<12} {entry['pages']:>5} p.  {out / entry['path']}")


@main.command()
@PACK
@DECK
@TEMPLATES
@BRAND
def check(pack: Path, decks: tuple[str, ...], template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Validate PACK and fit all text, writing nothing."""
    lines = pipeline.check(pack, list(decks) or None, list(template_dirs), brand)
    for line in lines:
        click.echo(line)
    click.echo(f"ok: {len(lines)} item{'s' if len(lines) != 1 else ''} valid, all text fits")


@main.command()
@click.option("--sheet", default="a4", show_default=True, help="The sheet template to calibrate.")
@OUTPUT
@click.option("--pack", type=click.Path(path_type=Path, file_okay=False), default="content", show_default=True,
              help="Content pack whose templates/ (and the project's beside it) are searched first.")
@TEMPLATES
def calibrate(sheet: str, out: Path, pack: Path, template_dirs: tuple[Path, ...]) -> None:
    """Print a two-sided test sheet to measure the front-to-back offset of your printer."""
    from .calibration import calibrate as make
    from .load.pack import Pack

    folders = list(template_dirs) + Pack(pack.resolve()).template_dirs()
    for entry in make(out, sheet, folders):
        click.echo(f"{entry['kind']:<12} {entry['pages']:>5} p.  {out / entry['path']}")
    click.echo("Print it duplex at 100 %, hold it against the light and read the scales: "
               "put the values in the sheet template as back_offset: [right, down].")


@main.command()
@PACK
@OUTPUT
@TEMPLATES
@BRAND
def pack(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Build PACK and bundle it for distribution: combined PDF, print files, README.txt, zip."""
    from .bundle import make_pack

    name, entries = make_pack(pack, out, brand, list(template_dirs))
    for entry in entries:
        click.echo(f"{entry['kind']:<14} {entry['pages']:>5} p.  {out / entry['path']}")
    click.echo(f"zip                     {out / name}.zip")


SCHEMAS = {  # kind -> (module under cardgen.schema, model)
    "deck": ("deck", "Deck"), "method": ("method", "Method"), "guide": ("guide", "Guide"),
    "agenda": ("agenda", "Agenda"), "form": ("form", "Form"), "certificate": ("certificate", "Certificate"),
    "brand": ("brand", "Brand"), "card-template": ("template", "CardTemplate"),
    "sheet-template": ("template", "SheetTemplate"), "print-template": ("template", "PrintTemplate"),
    "cheatsheet-template": ("method", "CheatsheetTemplate"), "guide-template": ("guide", "GuideTemplate"),
    "form-template": ("form", "FormTemplate")}


@main.command()
@click.argument("kind", type=click.Choice(list(SCHEMAS)))
def schema(kind: str) -> None:
    """Print the JSON Schema of a content or template kind (for editor completion)."""
    import importlib

    from .schema.export import json_schema

    module, name = SCHEMAS[kind]
    model = getattr(importlib.import_module(f"cardgen.schema.{module}"), name)
    click.echo(json.dumps(json_schema(model), indent=2, ensure_ascii=False))


@main.command()
@click.argument("agenda_id", metavar="AGENDA")
@PACK
@click.option("--start", metavar="HH:MM", help="Start time, e.g. 19:30.")
@click.option("--participants", type=click.IntRange(1, 20), help="Number of participants (one turn each).")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date of the session, YYYY-MM-DD.")
@OUTPUT
@TEMPLATES
@BRAND
def agenda(agenda_id: str, pack: Path, start: str | None, participants: int | None, date, out: Path,
           template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Print AGENDA with clock times and write it, its method's cheat-sheet and its handouts."""
    import re

    from .agenda_command import agenda as make

    if start is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", start):
        raise click.BadParameter(f"'{start}' is not a time (use HH:MM, e.g. 19:30)", param_hint="--start")
    lines, entries = make(pack, out, agenda_id, start, participants, date.date() if date else None,
                          list(template_dirs), brand)
    for line in lines:
        click.echo(line)
    for entry in entries:
        if entry["id"] in {agenda_id} or entry["kind"] in ("cheatsheet", "form-print", "form-fillable"):
            click.echo(f"{entry['kind']:<14} {out / entry['path']}")


@main.command()
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
    from .certificates import certificates as make

    for entry in make(pack, out, certificate_id, people, split, list(template_dirs), brand):
        if entry["kind"] == "certificate" and entry["id"].startswith(certificate_id):
            click.echo(f"{entry['pages']:>4} p.  {out / entry['path']}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--shop", is_flag=True, help="Print-shop rules: TrimBox and BleedBox with >= 2 mm bleed, images >= 300 ppi.")
@click.option("--cmyk", is_flag=True, help="Anything RGB fails.")
def preflight(files: tuple[Path, ...], shop: bool, cmyk: bool) -> None:
    """Check PDF files (any PDF) as a print shop would; exit 0 only when all pass."""
    from .preflight import Unreadable, preflight as check

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


@main.command()
@PACK
@OUTPUT
@DECK
@click.option("--dpi", default=150, show_default=True, type=click.IntRange(36, 600), help="Resolution of the PNGs.")
@TEMPLATES
@BRAND
def preview(pack: Path, out: Path, decks: tuple[str, ...], dpi: int, template_dirs: tuple[Path, ...],
            brand: Path | None) -> None:
    """PNGs of every card (front and back) and a proof sheet per deck, in OUT/previews/."""
    from .preview import preview as make

    entries = make(pack, out, list(decks) or None, dpi, list(template_dirs), brand)
    click.echo(f"{sum(1 for e in entries if e['kind'] == 'preview')} previews in {out / 'previews'}")
