"""`cardgen certificates`: one certificate of participation per row of a CSV."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, LANG, OUTPUT, PACK, TEMPLATES, examples
from .report import STRICT_OPTION, Bar, chatty, done, say


@click.command(epilog=examples(
    "cardgen certificates bewijs-van-deelname --participants deelnemers.csv",
    "cardgen certificates bewijs-van-deelname --participants deelnemers.csv --split -o bewijzen",
    "cardgen certificates mijn-bewijs mijn-pack/content --participants groep-a.csv"))
@click.argument("certificate_id", metavar="CERTIFICATE")
@PACK
@click.option("--participants", "people", required=True, type=click.Path(path_type=Path),
              help="CSV or Excel workbook (.xlsx, its first sheet) with columns name,date,hours,group and "
                   "optionally date_to,organisation,supervisor,supervisor_registration,registration (a CSV: comma "
                   "or semicolon, UTF-8 or Windows-1252).")
@click.option("--split", is_flag=True, help="Also one PDF per participant, named after the person.")
@click.option("--organisation", metavar="NAME", default=None,
              help="The organiser printed on every certificate (default: the certificate's, else the brand's name).")
@OUTPUT
@TEMPLATES
@BRAND
@LANG
@chatty
@STRICT_OPTION
def certificates(certificate_id: str, pack: Path, people: Path, split: bool, organisation: str | None, out: Path,
                 template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None) -> None:
    """One certificate of participation per row of a CSV, merged into one PDF (and one each with --split)."""
    from ..certificates import certificates as make
    from ..runner import file_clock, written_since

    since = file_clock(out.parent)
    with Bar("certificates") as bar:
        entries = make(pack, out, certificate_id, people, split, list(template_dirs), brand, organisation, lang)
    for entry in written_since(entries, out, since):
        if entry["kind"] == "certificate":
            say(f"{entry['pages']:>4} p.  {out / entry['path']}")
    done("certificates", bar.started)
