"""Read back what the user reads: the text of a built PDF through PDFium (pypdfium2), a reader
independent of the program, held against the texts of the content YAML (parsed here with
PyYAML, tests/yamledit.py's read_yaml, never through cardgen).

PDFium gives each page's text in drawing order. Line breaks, spaces and hyphens are taken out on
both sides before comparing (`norm`), so a paragraph wrapped or hyphenated anywhere still matches;
the order of the texts on a page is kept, so a field printed in the wrong place fails too. What is
expected of each kind (`deck_faces`, `method_texts`, …) is read from the YAML by the rules of the
README, one small function per kind.
"""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium

from ..yamledit import read_yaml

# White space, hyphens and dashes, the marks PDFium puts where a line was hyphenated (U+FFFE, or U+0002
# in bounded text), and what the typesetter may change on purpose: straight or curly quotes, and the
# asterisks of **bold** and *italic*.
_GAPS = re.compile(r"[\s\u0002\u00ad\ufffe\ufeff\-\u2010\u2011\u2013'\"‘’“”„*\\]")
_PLACEHOLDER = re.compile(r"\{[a-z]+\}")


def norm(text: str) -> str:
    """The text without white space, hyphens and quotes: how a wrapped, hyphenated paragraph still compares."""
    return _GAPS.sub("", text.replace("...", "…"))


def page_texts(path: Path) -> list[str]:
    """Each page's text as PDFium extracts it."""
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in doc:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return out
    finally:
        doc.close()


def load_yaml(path: Path) -> dict:
    """The item's data; a deck's `cards:` or a form's `fields:` that names a spreadsheet (a path inside the
    pack, which holds the kind's folder) is read here with openpyxl or the csv module, one dict per row."""
    data = read_yaml(path)
    for key in ("cards", "fields"):
        ref = data.get(key) if isinstance(data, dict) else None
        if isinstance(ref, (str, dict)):
            file, sheet = (ref, None) if isinstance(ref, str) else (ref["file"], ref.get("sheet"))
            data[key] = spreadsheet_records(path.parents[1] / file, sheet)
    return data


def spreadsheet_records(path: Path, sheet: str | None = None) -> list[dict]:
    """The rows of a .xlsx (openpyxl) or .csv (';' or ',', UTF-8 or cp1252) under their lowercase headers,
    empty cells left out, whole numbers as int, lists written 'a | b' split."""
    import csv
    import io

    if path.suffix.lower() == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = [list(r) for r in book[sheet or book.sheetnames[0]].iter_rows(values_only=True)]
        book.close()
    else:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        sep = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    header = [str(h).strip().lower() for h in rows[0]]
    records = []
    for row in rows[1:]:
        record = {}
        for name, value in zip(header, row):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, str) and name in ("copies", "n", "rows"):
                value = int(value)
            if isinstance(value, str) and name in ("options", "columns"):
                value = [v.strip() for v in value.split("|")]
            if value not in (None, ""):
                record[name] = value
        records.append(record)
    return records


def credit_problems(page_text: str, bron: str, where: str) -> list[str]:
    """The footer's 'Bron: …' is printed: on one line, or on two (then each line is found on its own,
    as PDFium may give the second line first)."""
    page, whole = norm(page_text), norm("Bron: " + bron)
    if whole in page:
        return []
    words = ("Bron: " + bron).split(" ")
    for k in range(1, len(words)):
        if norm(" ".join(words[:k])) in page and norm(" ".join(words[k:])) in page:
            return []
    return [f"{where}: bron 'Bron: {bron}' is not printed in the footer"]


def missing_in_order(page_text: str, texts: list[tuple[str, str]], where: str) -> list[str]:
    """What of `texts` ((YAML path, text) pairs) is not on the page, or not in this order; one line per
    problem, naming the file and page (`where`) and the YAML field."""
    page, at, problems = norm(page_text), 0, []
    previous = "the start of the page"
    for field, text in texts:
        wanted = norm(text)
        found = page.find(wanted, at)
        if found < 0:
            why = "printed before " + previous + ", out of order" if wanted in page else "not printed"
            problems.append(f"{where}: {field} {text!r} is {why}")
            continue
        at, previous = found + len(wanted), f"{field} {text[:40]!r}"
    return problems


# ---- what each kind prints, read from its YAML by the README's rules


def card_number(deck: dict, index: int) -> str | None:
    """'P-01' for the first card of a deck with prefix P (copies share their card's number)."""
    return f"{deck['prefix']}-{index + 1:02d}" if deck.get("prefix") else None


def deck_faces(deck: dict) -> list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]]:
    """Per printed card, in print order (a card with copies: N times): its number, and the texts of
    its front and of its back in the order the question-card template draws them: first what the
    face shares with the other cards of its category (band label, deck title), then the card's own."""
    faces = []
    for i, card in enumerate(deck["cards"]):
        at = f"cards[{i}]"
        label = card_label(deck, card)
        front = [(f"categories.{card['category']}.label", label)]
        if card.get("title"):
            front.append((f"{at}.title", card["title"]))
        front.append((f"{at}.text", card["text"]))
        if card.get("bron"):  # the card's own credit, small above the rule
            front.append((f"{at}.bron", f"Bron: {card['bron']}"))
        number = card_number(deck, i)
        if number:
            front.append((f"{at} number", number))
        if card.get("back"):  # the category label is part of the back all cards of the category share
            back = [(f"categories.{card['category']}.label", label), (f"{at}.back", card["back"])]
        else:
            back = [("title", deck["title"])] + ([("subtitle", deck["subtitle"])] if deck.get("subtitle") else [])
            back.append((f"categories.{card['category']}.label", label))
        faces += [(number or at, front, back)] * card.get("copies", 1)
    return faces


def card_label(deck: dict, card: dict) -> str:
    return deck["categories"][card["category"]]["label"]


def method_texts(method: dict) -> list[tuple[str, str]]:
    """A cheat-sheet top to bottom: name, goal, when, duration and group size, each step (name, who,
    what, the facilitator's pointers), roles, example questions, pitfalls, and the credit."""
    out = [("name", method["name"]), ("goal", method["goal"]), ("when", method["when"])]
    out += [(key, method[key]) for key in ("duration", "group_size") if method.get(key)]
    for i, step in enumerate(method["steps"]):
        at = f"steps[{i}]"
        out.append((f"{at}.name", step["name"]))
        if step.get("who"):
            out.append((f"{at}.who", step["who"]))
        out.append((f"{at}.what", step["what"]))
        out += [(f"{at}.guide[{j}]", g) for j, g in enumerate(step.get("guide", []))]
    out += [(f"roles[{i}]", f"{r['role']}: {r['task']}") for i, r in enumerate(method.get("roles", []))]
    out += [(f"example_questions[{i}]", q) for i, q in enumerate(method.get("example_questions", []))]
    out += [(f"pitfalls[{i}]", p) for i, p in enumerate(method.get("pitfalls", []))]
    return out


def guide_texts(guide: dict) -> list[tuple[str, str]]:
    """A guide top to bottom: title, intro, then per section its heading, text, bullet items and table
    (headings, then the cells row by row). A cycle's stages sit around a ring, two of them side by side
    on one line, so they are not in reading order: see `cycle_texts`."""
    out = [("title", guide["title"])] + ([("intro", guide["intro"])] if guide.get("intro") else [])
    for i, section in enumerate(guide["sections"]):
        at = f"sections[{i}]"
        out.append((f"{at}.heading", section["heading"]))
        if section.get("text"):
            out.append((f"{at}.text", section["text"]))
        out += [(f"{at}.items[{j}]", item) for j, item in enumerate(section.get("items", []))]
        if section.get("table"):
            table = section["table"]
            out += [(f"{at}.table.columns[{c}]", h) for c, h in enumerate(table["columns"])]
            out += [(f"{at}.table.rows[{r}][{c}]", cell) for r, row in enumerate(table["rows"])
                    for c, cell in enumerate(row)]
    return out


def cycle_texts(guide: dict) -> list[tuple[str, str]]:
    """Every stage of every cycle, each to be found on the page (their places: tests/output/test_guides.py)."""
    return [(f"sections[{i}].cycle[{j}]", stage) for i, section in enumerate(guide["sections"])
            for j, stage in enumerate(section.get("cycle") or [])]


def missing(page_text: str, texts: list[tuple[str, str]], where: str) -> list[str]:
    """What of `texts` is not on the page at all, in any order."""
    page = norm(page_text)
    return [f"{where}: {field} {text!r} is not printed" for field, text in texts if norm(text) not in page]


def form_texts(form: dict) -> list[tuple[str, str]]:
    """A form's texts in order over all its pages: intro, then each field's label, help, checkbox
    options (a lone checkbox: its label again, beside the box) and table headings, and the tip."""
    out = [("intro", form["intro"])] if form.get("intro") else []
    for i, field in enumerate(form["fields"]):
        out += field_texts(i, field)
    return out + ([("tip", "Tip: " + form["tip"])] if form.get("tip") else [])


def field_texts(i: int, field: dict) -> list[tuple[str, str]]:
    at = f"fields[{i}]"
    out = [(f"{at}.label", field["label"])]
    if field.get("help"):
        out.append((f"{at}.help", field["help"]))
    if field.get("kind") == "checkbox":
        out += [(f"{at}.options[{k}]", o) for k, o in enumerate(field.get("options") or [])] or \
            [(f"{at}.label beside its box", field["label"])]
    out += [(f"{at}.columns[{c}]", h) for c, h in enumerate(field.get("columns") or [])]
    return out


def certificate_texts(cert: dict, values: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Title, the sentence (the placeholders filled from `values`; a blank certificate: the literal
    parts between them), the signatory and the credit."""
    out = [("title", cert["title"])]
    if values:
        out.append(("text", _PLACEHOLDER.sub(lambda m: values[m.group(0)[1:-1]], cert["text"])))
    else:
        out += [(f"text part {k}", part) for k, part in enumerate(_PLACEHOLDER.split(cert["text"])) if norm(part)]
    return out + [("signatory", cert["signatory"])]


def agenda_blocks(agenda: dict, methods: Path) -> list[tuple[str, dict, int]]:
    """The agenda's rows in order, as (YAML path, block, turn): opening, blocks, the turns (the
    `turn` blocks or the method's steps, once per turn, breaks after their turn), closing. Turn 0
    means a block outside the turns."""
    rows = [(f"opening[{i}]", b, 0) for i, b in enumerate(agenda.get("opening", []))]
    rows += [(f"blocks[{i}]", b, 0) for i, b in enumerate(agenda.get("blocks", []))]
    turn = [(f"turn[{i}]", b) for i, b in enumerate(agenda.get("turn", []))]
    if agenda.get("method"):
        steps = load_yaml(methods / f"{agenda['method']}.yaml")["steps"]
        turn = [(f"method {agenda['method']} steps[{i}]", {"name": s["name"], "lead": s.get("who"),
                                                           "what": s["what"]}) for i, s in enumerate(steps)]
    if turn:
        count = agenda.get("turns", 1)
        count = agenda["participants"] if count == "participants" else count
        for n in range(1, count + 1):
            rows += [(path, block, n if count > 1 else 0) for path, block in turn]
            rows += [(f"breaks[{i}]", {"name": b.get("name", "Pauze")}, 0)
                     for i, b in enumerate(agenda.get("breaks", [])) if b["after_turn"] == n]
    rows += [(f"closing[{i}]", b, 0) for i, b in enumerate(agenda.get("closing", []))]
    return rows


def agenda_texts(agenda: dict, methods: Path) -> list[tuple[str, str]]:
    """Title, then per row the block's name (with 'beurt N' in a turn), what happens (outside the
    turns and in the first turn only) and who leads, and the credit."""
    out = [("title", agenda["title"])]
    for path, block, n in agenda_blocks(agenda, methods):
        out.append((f"{path}.name", block["name"] + (f" · beurt {n}" if n else "")))
        if block.get("what") and n <= 1:
            out.append((f"{path}.what", block["what"]))
        if block.get("lead"):
            out.append((f"{path}.lead", block["lead"]))
    return out
