"""Write docs/guides/KIND.md (and a picture of each result in docs/guides/img/) from the example files.

Every guide shows a complete example file as it is (the pack of `cardgen init`, or the default pack), a
picture of what cardgen makes of it, and a table of keys read from the same JSON Schema as `cardgen
schema`, so the guides cannot drift from the code: run `make docs` (or this script) after changing an
example or a model, and tests/cli/test_docs.py fails when a guide is out of date.

    python docs/guides/generate.py [OUT_DIR]     # default: docs/guides
"""
from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "cardgen" / "packs" / "starter"
DPI = 60

# kind -> (title, example file (relative to ROOT), what it makes, picture: (output file, pages), intro)
GUIDES = {
    "deck": ("Card decks", "cardgen/packs/starter/content/decks/mijn-kaarten.yaml",
             "`decks/ID-sheets.pdf` (A4 sheets to print duplex and cut) and `decks/ID-print.pdf` (one card per "
             "page with 3 mm bleed, for a print shop)", ("decks/mijn-kaarten-sheets.pdf", [0, 1]),
             "A deck is a set of cards in categories: each category has a colour band, a label and an icon; "
             "each card a text, and optionally a title and its own back text. Text is fitted to the card: "
             "hyphenated the Dutch way, then made smaller down to the template's floor; text that still does "
             "not fit is an error naming the card."),
    "method": ("Methods (cheat-sheets)", "cardgen/packs/starter/content/methods/mijn-methode.yaml",
               "`methods/ID-a4.pdf` (one A4 page) and `methods/ID-a5.pdf` (the A5 layout, two to an A4 sheet)",
               ("methods/mijn-methode-a4.pdf", [0]),
               "A method becomes a cheat-sheet: goal, when to use it, the steps as a timeline with each step's "
               "share of the time, roles, example questions and pitfalls. An agenda can use a method's steps "
               "as its turns."),
    "guide": ("Guides", "content/guides/leren-in-intervisie.yaml", "`guides/ID.pdf`, fitted like a cheat-sheet",
              ("guides/leren-in-intervisie.pdf", [0]),
              "A guide is a document of sections; a section has text, bullet points (`Term: uitleg` prints the "
              "term in bold), a table, or a cycle of three to six stages drawn as a ring."),
    "agenda": ("Agendas", "cardgen/packs/starter/content/agendas/mijn-sessie.yaml",
               "`agendas/ID.pdf`; `cardgen agenda ID --start 19.30` also prints the timetable and writes the "
               "method's cheat-sheet and the handouts", ("agendas/mijn-sessie.pdf", [0]),
               "An agenda lists blocks with durations (minutes, or a range such as `5–10`); cardgen computes "
               "the clock times and shares the session length over the ranges. A method's steps can form the "
               "turns, one per participant."),
    "form": ("Forms", "cardgen/packs/starter/content/forms/mijn-formulier.yaml",
             "`forms/ID.pdf` to print and fill in by hand, and `forms/ID-invulbaar.pdf` with form fields to fill "
             "in on a computer", ("forms/mijn-formulier.pdf", [0]),
             "A form is a list of fields: lines, boxes, checkboxes, dates, signatures and tables, with headings "
             "that stay with the field after them."),
    "certificate": ("Certificates", "content/certificates/bewijs-van-deelname.yaml",
                    "`certificates/ID.pdf` (blank); `cardgen certificates ID --participants people.csv` writes "
                    "one page per person", ("certificates/bewijs-van-deelname.pdf", [0]),
                    "A certificate of participation: a sentence whose placeholders (such as `{name}`) are filled "
                    "in per person from a CSV by `cardgen certificates`, and a signatory; the build writes a "
                    "blank one to fill in by hand."),
    "brand": ("Brand", "cardgen/packs/starter/content/brand.yaml",
              "no file of its own: it is the look of every file of the pack and the author of each PDF; "
              "left the method under cardgen's neutral brand, right under this brand.yaml", None,
              "`brand.yaml` in the pack (or `--brand FILE`) puts an organisation's identity on everything: "
              "name, colours (templates say `brand.primary`, not a colour), logo, fonts, footer and licence."),
    "template": ("Layout templates", "cardgen/packs/starter/templates/mijn-kaart.yaml",
                 "no file of its own: decks and documents name it (`template: mijn-kaart`); left the built-in "
                 "`question-card`, right the pack's `mijn-kaart`", None,
                 "Templates are YAML too. A pack's `templates/` folder (or the project's beside it) holds its own; "
                 "each `extends:` a built-in and changes only what it names. `cardgen templates` lists every "
                 "template a pack can use and where it comes from."),
}
COMMANDS = {
    "deck": "cardgen build --only mijn-kaarten",
    "method": "cardgen build --only mijn-methode",
    "guide": "cardgen build --only leren-in-intervisie",
    "agenda": "cardgen agenda mijn-sessie --start 19.30 --date 3-12-2026",
    "form": "cardgen build --only mijn-formulier",
    "certificate": "cardgen certificates bewijs-van-deelname --participants deelnemers.csv",
    "brand": "cardgen build --brand andere-huisstijl/brand.yaml",
    "template": "cardgen templates",
}


def _pack(work: Path) -> Path:
    """The init pack plus the default pack's guide and certificate used as examples."""
    pack = work / "pack"
    shutil.copytree(STARTER, pack)
    for kind in ("guide", "certificate"):
        source = ROOT / GUIDES[kind][1]
        (pack / "content" / f"{kind}s").mkdir(exist_ok=True)
        shutil.copy(source, pack / "content" / f"{kind}s" / source.name)
    return pack


def _picture(pdfs: list[tuple[Path, int, bool]], target: Path) -> None:
    """Pages side by side on a light grey ground; cards (trim=True) cropped to their trim."""
    import pypdfium2 as pdfium
    from PIL import Image

    images = []
    for path, number, trim in pdfs:
        pdf = pdfium.PdfDocument(str(path))
        page = pdf[number]
        crop = (0, 0, 0, 0)
        if trim:
            box, (tl, tb, tr, tt) = page.get_mediabox(), page.get_trimbox()
            crop = (tl - box[0], tb - box[1], box[2] - tr, box[3] - tt)
        images.append(page.render(scale=DPI / 72 * (3 if trim else 1), crop=crop).to_pil().convert("RGB"))
        page.close()
        pdf.close()
    gap = 16
    width = sum(i.width for i in images) + gap * (len(images) + 1)
    height = max(i.height for i in images) + 2 * gap
    sheet = Image.new("RGB", (width, height), (236, 236, 232))
    x = gap
    for image in images:
        sheet.paste(image, (x, gap))
        x += image.width + gap
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(target, optimize=True)


def _keys(kind: str) -> list[str]:
    """The table of keys, from the JSON Schema the editor and `cardgen schema` use."""
    from cardgen.editor import editor_schemas

    name = "card-template" if kind == "template" else kind
    schema = editor_schemas()[f"{name}.schema.json"]
    defs = schema.get("$defs", {})
    rows = ["| key | required | what |", "|---|---|---|"]

    def first_sentence(text: str) -> str:
        text = " ".join((text or "").split()).replace("|", "\\|")
        return re.split(r"(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z`'])", text)[0].rstrip(".") + "." if text else ""

    def sub(prop: dict) -> tuple[str, dict] | None:
        for node, suffix in ((prop, ""), (prop.get("items", {}), "[]"), (prop.get("additionalProperties", {}), ".ID")):
            if isinstance(node, dict):
                for option in [node, *node.get("anyOf", [])]:
                    ref = option.get("$ref", "") if isinstance(option, dict) else ""
                    if ref.startswith("#/$defs/"):
                        return suffix, defs[ref.split("/")[-1]]
        return None

    def walk(node: dict, prefix: str, depth: int) -> None:
        required = set(node.get("required", []))
        for key, prop in node.get("properties", {}).items():
            rows.append(f"| `{prefix}{key}` | {'yes' if key in required else ''} | "
                        f"{first_sentence(prop.get('description', ''))} |")
            inner = sub(prop)
            if inner and depth < 1:
                walk(inner[1], f"{prefix}{key}{inner[0]}.", depth + 1)
    walk(schema, "", 0)
    return rows


def _guide(kind: str, picture: str) -> str:
    title, example, makes, _, intro = GUIDES[kind]
    text = (ROOT / example).read_text(encoding="utf-8").rstrip("\n")
    others = " · ".join(f"[{GUIDES[k][0]}]({k}.md)" for k in GUIDES if k != kind)
    schema = "card-template" if kind == "template" else kind
    lines = [f"# {title}", "", intro, "", f"**Makes:** {makes}.", "",
             f"## A complete example: `{Path(example).name}`", "",
             f"From `{example}`" + (" (what `cardgen init` writes)." if "starter" in example
                                    else " (the default pack)."), "", "```yaml", text, "```", "",
             "## The result", "", f"![What cardgen makes of {Path(example).name}]({picture})", "",
             "```sh", COMMANDS[kind], "```", "",
             "## Keys", "",
             f"Read from `cardgen schema {schema}` (the schema VS Code uses in a pack made by `cardgen init`).", "",
             *_keys(kind), "", "---", "", f"Other guides: {others}. Generated by `docs/guides/generate.py` "
             "from the example files; do not edit by hand.", ""]
    return "\n".join(lines)


def generate(out: Path, pictures: bool = True) -> list[Path]:
    """Write every guide (and, with `pictures`, its picture) into `out`; returns the files written."""
    written = []
    with tempfile.TemporaryDirectory(prefix="cardgen-guides-") as tmp:
        if pictures:
            from cardgen.runner import build

            pack = _pack(Path(tmp))
            build(pack / "content", pack / "output")
            plain = Path(tmp) / "plain"  # the same deck on the built-in card, for the template guide
            shutil.copytree(pack, plain)
            deck = plain / "content" / "decks" / "mijn-kaarten.yaml"
            deck.write_text(deck.read_text(encoding="utf-8").replace("template: mijn-kaart ", "template: question-card "),
                            encoding="utf-8")
            build(plain / "content", plain / "output", only=["mijn-kaarten"])
            neutral = Path(tmp) / "neutral"  # the method without the pack's brand, for the brand guide
            shutil.copytree(pack, neutral)
            (neutral / "content" / "brand.yaml").unlink()
            build(neutral / "content", neutral / "output", only=["mijn-methode"])
        for kind, (_, _, _, shot, _) in GUIDES.items():
            picture = f"img/{kind}.png"
            if pictures:
                if kind == "template":
                    pages = [(plain / "output/decks/mijn-kaarten-print.pdf", 0, True),
                             (pack / "output/decks/mijn-kaarten-print.pdf", 0, True)]
                elif kind == "brand":
                    pages = [(neutral / "output/methods/mijn-methode-a4.pdf", 0, False),
                             (pack / "output/methods/mijn-methode-a4.pdf", 0, False)]
                else:
                    pages = [(pack / "output" / shot[0], n, False) for n in shot[1]]
                _picture(pages, out / picture)
                written.append(out / picture)
            (out / f"{kind}.md").write_text(_guide(kind, picture), encoding="utf-8")
            written.append(out / f"{kind}.md")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for path in generate(target):
        print(path)
