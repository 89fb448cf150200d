"""`cardgen pack`: build everything, then bundle it for distribution to members.

The spine reads: build → arrange files by kind → combined PDF (cover, linked contents,
bookmarks, a page number on every page, each page's footer shown once) → README.txt →
manifest → zip. Everything is staged and renamed into place at the end, like a build.

The combined PDF is for reading on screen: of home sheets printed duplex it takes the fronts only
(the backs are mirrored for the printer), and every font subset gets a tag of its own (reportlab
tags them all AAAAAA+, which merged files would share).
"""
from __future__ import annotations

import datetime
import hashlib
import os
import re
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pikepdf

from . import pipeline
from .layout.labels import NL_LABELS, PDF_LANGUAGE, Labels
from .errors import Problems
from .messages import msg
from .layout.bundle import A4, TocLine, front_matter, stamps as stamp_pages, toc_pages_needed
from .render.pdf import DUPLEX
from .render.draw import write_document
from .stopping import SIGNALS
from .write import Staging



def _tables() -> tuple[tuple[tuple[str, str], ...], dict[str, str], dict[str, str]]:
    """From the kinds' declared outputs: the combined PDF's sections in order (manifest kind ->
    heading), what each manifest kind is (README.txt) and its folder in the bundle."""
    from .kinds import outputs

    declared = outputs()
    return (tuple((o.kind, o.section) for o in declared if o.section), {o.kind: o.what for o in declared},
            {o.kind: o.folder for o in declared})


@dataclass(frozen=True)
class Item:
    kind: str
    title: str
    path: Path  # the built file
    first_page: int  # 0-based index in the combined PDF
    pages: tuple[int, ...]  # which of the file's pages (0-based) the combined PDF shows


def build_epoch() -> int:
    """The build date: SOURCE_DATE_EPOCH when set (reproducible bundles), else now."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value else int(time.time())


def build_day(epoch: int, labels: Labels = NL_LABELS) -> str:
    return labels.date(datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).date())


def make_pack(pack_dir: Path, out_dir: Path, brand: Path | None = None,
              template_dirs: list[Path] | None = None, lang: str | None = None,
              jobs: int = 1) -> tuple[str, list[dict]]:
    """Build the pack and write the bundle folder and its zip into `out_dir`; returns (name, entries).
    `lang` (nl, en) overrides the brand's language; `jobs`: processes to share the items over."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    SIGNALS.acquire()  # from here SIGTERM runs the clean-up below: the work folder exists before any staging
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.pack-", dir=out_dir.parent))
        try:
            return _make_pack(pack_dir, out_dir, brand, template_dirs, work, lang, jobs)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    finally:
        SIGNALS.release()


def _make_pack(pack_dir: Path, out_dir: Path, brand: Path | None, template_dirs: list[Path] | None,
               work: Path, lang: str | None = None, jobs: int = 1) -> tuple[str, list[dict]]:
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, None, problems, brand, lang)
    entries = pipeline.build_loaded(ctx, work / "files", problems, jobs=jobs)
    check_cover(ctx, problems)
    identity = ctx.identity()
    name = f"intervisie-{identity.brand}" + (f"-{identity.version}" if identity.version else "")
    staging = Staging(out_dir, manifest=f"{name}/manifest.json")
    try:
        arrange(entries, work / "files", staging, name)
        epoch = build_epoch()
        combined(entries, work, staging, name, build_day(epoch, ctx.labels), ctx)
        readme(entries, staging, name, identity, _publisher(ctx))
        about = {"brand": identity.brand, "organisation": identity.name, "content_version": identity.version,
                 "build_date": time.strftime("%Y-%m-%d", time.gmtime(epoch))}
        staging.write_manifest(about)
        zip_folder(staging.tmp / name, staging.path(f"{name}.zip"), epoch)
        return name, staging.commit()
    finally:
        staging.discard()


def check_cover(ctx, problems: Problems) -> None:
    """The cover prints the brand's own lines, which no item of the build may have measured: a character
    the font lacks (or right-to-left text) is an error at the brand file's field, as in the build."""
    from .layout.glyphs import unprintable

    brand = ctx.identity()
    take_missing = getattr(ctx.metrics, "take_missing", dict)
    take_missing()
    for text, face in ((brand.name, "regular"), (brand.version, "regular"), (brand.website, "regular"),
                       (brand.contact, "regular"), (brand.licence, "regular"), (brand.footer, "italic")):
        if text:
            ctx.metrics.width(str(text), face, 11)
    sources = [ctx.brand.source] if ctx.brand is not None else []
    for where, path, message in unprintable(take_missing(), sources, msg("the bundle's cover")):
        where.problem(problems, path, message)
    problems.raise_if_any()


def arrange(entries: list[dict], built: Path, staging: Staging, name: str) -> None:
    """The individual files, in folders by kind."""
    folders = _tables()[2]
    for e in entries:
        relative = f"{name}/{folders.get(e['kind'], e['kind'])}/{Path(e['path']).name}"
        shutil.copyfile(built / e["path"], staging.path(relative))
        staging.add(relative, e["kind"], e["id"], e["pages"], e.get("title"))


def _items(entries: list[dict], built: Path, first: int, sections) -> list[Item]:
    items, page = [], first
    for kind, _ in sections:
        for e in sorted((e for e in entries if e["kind"] == kind and "-a5" not in e["path"]),
                        key=lambda e: (e.get("title") or e["id"]).lower()):
            path = built / e["path"]
            shown = _pages_to_read(kind, path, e["pages"])
            items.append(Item(kind, e.get("title") or _pdf_title(path) or e["id"], path, page, shown))
            page += len(shown)
    return items


def _pages_to_read(kind: str, path: Path, count: int) -> tuple[int, ...]:
    """The pages of a built file that belong in the combined PDF: all of them, but of home sheets
    printed duplex (the file's ViewerPreferences say how) only the fronts, every other page."""
    if kind == "deck-sheets":
        with pikepdf.open(path) as pdf:
            prefs = pdf.Root.get("/ViewerPreferences")
            duplex = str(prefs.get("/Duplex", "")) if isinstance(prefs, pikepdf.Dictionary) else ""
        if duplex.lstrip("/") in (DUPLEX["long-edge"], DUPLEX["short-edge"]):
            return tuple(range(0, count, 2))
    return tuple(range(count))


def _contents(kinds: list[str], headings: dict[str, str], items: list[Item]) -> list[TocLine]:
    """The contents: a heading per section, then its items with their first pages."""
    lines = []
    for kind in kinds:
        lines.append(TocLine(headings[kind], None, 0))
        lines.extend(TocLine(i.title, i.first_page, 1) for i in items if i.kind == kind)
    return lines


def _pdf_title(path: Path) -> str | None:
    with pikepdf.open(path) as pdf:
        title = pdf.docinfo.get("/Title")
        return str(title) if title else None


def combined(entries: list[dict], work: Path, staging: Staging, name: str, date: str, ctx) -> None:
    """One PDF to read on screen: cover, contents with links, bookmarks, footer and page numbers."""
    built = work / "files"
    sections = _tables()[0]
    headings = {kind: ctx.labels(f"section.{kind}") if ctx.labels.has(f"section.{kind}") else heading
                for kind, heading in sections}  # a plug-in kind's own heading when the table has none
    items = _items(entries, built, 0, sections)
    kinds = [k for k, _ in sections if any(i.kind == k for i in items)]
    toc_pages = toc_pages_needed([line.level for line in _contents(kinds, headings, items)])
    items = [replace(i, first_page=i.first_page + 1 + toc_pages) for i in items]  # after cover and contents
    lines = _contents(kinds, headings, items)
    title = ctx.labels("bundle.title")
    logo = ctx.assets().get("brand.logo")
    publisher = _publisher(ctx)
    doc, links = front_matter(title, date, ctx.identity(), logo, lines, 1, ctx.metrics, publisher is not None,
                              ctx.labels)
    doc.look = ctx.look
    write_document(doc, work / "front.pdf", ctx.assets())
    out = pikepdf.new()
    with pikepdf.open(work / "front.pdf") as front:
        out.pages.extend(front.pages)
        out.docinfo = out.copy_foreign(front.docinfo)
    sources = [pikepdf.open(i.path) for i in items]
    try:
        for src, item in zip(sources, items):
            out.pages.extend([src.pages[i] for i in item.pages])
        _stamp(out, work, ctx, toc_pages)
        tag_subsets(out)
        _links(out, links)
        _bookmarks(out, kinds, headings, items, toc_pages, ctx.labels("bundle.contents"))
        out.Root.Lang = pikepdf.String(PDF_LANGUAGE[ctx.labels.lang])
        out.Root.PageMode = pikepdf.Name.UseOutlines
        out.docinfo["/Title"] = f"{title} – {publisher}" if publisher else title
        out.save(staging.path(f"{name}/{name}.pdf"), deterministic_id=True)
        total = len(out.pages)
    finally:
        for src in sources:
            src.close()
    staging.add(f"{name}/{name}.pdf", "bundle", name, total, title)


def _publisher(ctx) -> str | None:
    """Who publishes the bundle: the brand's organisation; none for cardgen's neutral brand."""
    return None if ctx.brand is None or ctx.brand.builtin else ctx.identity().name


def _stamp(pdf: pikepdf.Pdf, work: Path, ctx, own: int) -> None:
    """A page number on every page after the cover, and the brand footer on the bundle's own `own`
    pages after it (the items' pages have their own footers)."""
    pages = list(pdf.pages)[1:]
    sizes = [(float(p.mediabox[2]) - float(p.mediabox[0]), float(p.mediabox[3]) - float(p.mediabox[1]))
             for p in pages]
    doc = stamp_pages(sizes, 2, len(pdf.pages), ctx.identity().footer, own, ctx.labels)
    doc.look = ctx.look
    write_document(doc, work / "stamps.pdf")
    stamps = pikepdf.open(work / "stamps.pdf")
    for page, stamp in zip(pages, stamps.pages):
        # by hand rather than add_overlay(), which names the form XObject at random
        form = pdf.copy_foreign(stamp.as_form_xobject())
        page.add_resource(form, pikepdf.Name.XObject, pikepdf.Name("/CardgenStamp"))
        page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
        page.contents_add(pdf.make_stream(b"\nQ q /CardgenStamp Do Q\n"))
    stamps.close()


SUBSET = re.compile(r"^[A-Z]{6}\+")


def subset_tag(program: bytes) -> str:
    """Six capital letters from a hash of a font program: the same subset always gets the same tag,
    different subsets (almost surely) different ones."""
    number = int.from_bytes(hashlib.sha256(program).digest()[:8], "big")
    letters = []
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("A") + digit))
    return "".join(letters)


def tag_subsets(pdf: pikepdf.Pdf) -> None:
    """Give every embedded subset its own tag (BaseFont and the descriptor's FontName), from its program."""
    for font in pdf.objects:
        if not isinstance(font, pikepdf.Dictionary) or font.get("/Type") != pikepdf.Name.Font:
            continue
        named = [font]
        if font.get("/Subtype") == "/Type0" and isinstance(font.get("/DescendantFonts"), pikepdf.Array):
            named.extend(d for d in font.DescendantFonts if isinstance(d, pikepdf.Dictionary))
        descriptor = named[-1].get("/FontDescriptor")
        if not isinstance(descriptor, pikepdf.Dictionary):
            continue
        program = next((descriptor[k] for k in ("/FontFile2", "/FontFile", "/FontFile3") if k in descriptor), None)
        if not isinstance(program, pikepdf.Stream):
            continue
        tag = subset_tag(program.read_bytes())
        for obj, key in [(f, "/BaseFont") for f in named] + [(descriptor, "/FontName")]:
            name = str(obj.get(key, ""))
            if SUBSET.match(name.lstrip("/")):
                obj[key] = pikepdf.Name("/" + tag + name.lstrip("/")[6:])


def _links(pdf: pikepdf.Pdf, links) -> None:
    for link in links:
        page = pdf.pages[link.toc_page]
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=_pdf_rect(link.rect), Border=[0, 0, 0],
            Dest=[pdf.pages[link.target].obj, pikepdf.Name.Fit]))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(annot)


def _pdf_rect(rect: tuple[float, float, float, float]) -> list[float]:
    """A plan rectangle (x, y from the top, width, height) on an A4 contents page as PDF corners."""
    x, y, w, h = rect
    return [x, A4[1] - y - h, x + w, A4[1] - y]


def _bookmarks(pdf: pikepdf.Pdf, kinds, headings, items, toc_pages: int, contents: str = "Inhoud") -> None:
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem(contents, 1))
        for kind in kinds:
            members = [i for i in items if i.kind == kind]
            section = pikepdf.OutlineItem(headings[kind], members[0].first_page)
            section.children.extend(pikepdf.OutlineItem(i.title, i.first_page) for i in members)
            outline.root.append(section)


def readme(entries: list[dict], staging: Staging, name: str, brand, publisher: str | None = None) -> None:
    lines = [f"{name}", "=" * len(name), "",
             "Intervisiemateriaal" + (f" van {publisher}" if publisher else "")
             + (f", versie {brand.version}" if brand.version else "") + ".",
             "", "Wat zit erin", "------------",
             f"- {name}.pdf: alles in één bestand om op het scherm te lezen, met inhoudsopgave en bladwijzers."]
    _, what, folders = _tables()
    for kind, folder in folders.items():
        count = sum(1 for e in entries if e["kind"] == kind)
        if count:
            lines.append(f"- {folder}/: {what.get(kind, kind)} ({count} bestand{'en' if count != 1 else ''})")
    lines += ["", "Zo print je het", "---------------",
              "- Print altijd op 100 % / werkelijke grootte, nooit 'aanpassen aan pagina'.",
              "- Kaarten (kaarten/*-sheets.pdf): A4, dubbelzijdig, omslaan over de lange kant. Knip langs de",
              "  snijtekens in de marge. Elk vel zegt zelf hoe het geprint moet worden.",
              "- Drukkerij (kaarten/drukkerij/): één kaart per pagina met 3 mm afloop; stuur deze bestanden naar",
              "  de drukker. De TrimBox geeft het snijformaat.",
              "- Formulieren: A4 enkelzijdig; de bestanden in formulieren/invulbaar/ kun je op de computer invullen.",
              "", f"Licentie: {brand.licence}" if brand.licence else "",
              f"Contact: {brand.contact}" if brand.contact else "",
              f"Website: {brand.website}" if brand.website else "", ""]
    text = "\n".join(line for i, line in enumerate(lines) if line or (i and lines[i - 1]))
    staging.path(f"{name}/README.txt").write_text(text, encoding="utf-8")
    staging.add(f"{name}/README.txt", "readme", name, 0)


def zip_folder(folder: Path, target: Path, epoch: int) -> None:
    """A zip with fixed entry times (the build date, or 1980 at the earliest) and sorted entries."""
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
