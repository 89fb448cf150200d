"""A kind is one module: a throw-away kind added through the registry alone is checked, built,
listed in the manifest and bundled, with no other file of cardgen touched."""
from __future__ import annotations

import json

import pikepdf
import pytest
from pydantic import Field

from cardgen.errors import Overflow, Problems
from cardgen.kinds import Output, register, report, unregister
from cardgen.layout.document import Frame, Style, fit_flow, footer, header, page_with, paragraph
from cardgen.layout.plan import Document
from cardgen.render.draw import write_document
from cardgen.schema.common import Id, Strict, parse_items

from ..conftest import MM, copy_fixture, run_cli


class Note(Strict):
    """A one-page note (only for this test)."""

    note: Id
    title: str
    text: str
    bron: str = Field(min_length=1)


class NoteKind:
    key = "note"
    model = Note
    templates: dict = {}
    outputs = (Output("note", "notities", "notities voor de groep", "Notities"),)

    def validate(self, sources, ctx, problems: Problems):
        return [(s, n) for s, n in parse_items(Note, "note", sources, problems, ctx.only)]

    def lay_out(self, item, ctx, problems: Problems):
        source, note = item
        frame = Frame()
        flow = fit_flow(lambda size: [("text", paragraph(note.text, Style(), ctx.metrics))], frame.body_width,
                        frame.body_height, 11, 8)
        if not hasattr(flow, "items"):
            report(source, Overflow(f"note '{note.note}'", ("text",), "the text", flow.excess, flow.too_wide,
                                    flow.floor), problems)
            return None
        from cardgen.layout.plan import moved

        page = page_with(frame, header(frame, note.title, "#006E5A", ctx.metrics),
                         moved(flow.items, frame.margin, frame.body_top),
                         footer(frame, f"Bron: {note.bron}", "", ctx.metrics))
        return note, Document(note.title, "note", [page])

    def render(self, planned, staging, problems):
        note, doc = planned
        path = f"notes/{note.note}.pdf"
        staging.add(path, "note", note.note, write_document(doc, staging.path(path)), note.title)

    def describe(self, planned):
        return f"note      {planned[0].note}"


@pytest.fixture
def note_kind():
    kind = NoteKind()
    register(kind)
    yield kind
    unregister(kind)


def _pack(tmp_path, text="Wie brengt de volgende keer een casus in?"):
    work = copy_fixture("valid/sample", tmp_path)
    (work / "content" / "notes").mkdir()
    (work / "content" / "notes" / "n.yaml").write_text(
        f"note: volgende-keer\ntitle: Volgende keer\ntext: {text}\nbron: eigen notitie\n", encoding="utf-8")
    return work


def test_check_build_manifest_and_bundle_pick_up_a_registered_kind(note_kind, tmp_path):
    work = _pack(tmp_path)
    checked = run_cli("check", "content", cwd=work)
    assert checked.returncode == 0, checked.stderr
    assert "note      volgende-keer" in checked.stdout.splitlines()
    built = run_cli("build", "content", "-o", "out", cwd=work)
    assert built.returncode == 0, built.stderr
    manifest = json.loads((work / "out" / "manifest.json").read_text(encoding="utf-8"))
    notes = [e for e in manifest["files"] if e["kind"] == "note"]
    assert [(e["path"], e["id"], e["pages"]) for e in notes] == [("notes/volgende-keer.pdf", "volgende-keer", 1)]
    with pikepdf.open(work / "out" / "notes" / "volgende-keer.pdf") as pdf:
        assert [round(float(v) / MM, 1) for v in pdf.pages[0].mediabox[2:]] == [210.0, 297.0]
    bundled = run_cli("pack", "content", "-o", "bundle", cwd=work)
    assert bundled.returncode == 0, bundled.stderr
    folder = next(p for p in (work / "bundle").iterdir() if p.is_dir())
    assert (folder / "notities" / "volgende-keer.pdf").is_file()
    assert "- notities/: notities voor de groep (1 bestand)" in (folder / "README.txt").read_text(encoding="utf-8")
    with pikepdf.open(folder / f"{folder.name}.pdf") as pdf, pdf.open_outline() as outline:
        assert "Notities" in [item.title for item in outline.root]


def test_a_registered_kind_reports_its_overflow_like_every_kind(note_kind, tmp_path):
    work = _pack(tmp_path, " ".join(["Een zin die de pagina vult."] * 900))
    result = run_cli("check", "content", cwd=work)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0].startswith(
        "content/notes/n.yaml:3:1: text: note 'volgende-keer': the text runs over by ")
    assert "even at the floor size 8 pt; shorten it" in result.stderr.splitlines()[0]
