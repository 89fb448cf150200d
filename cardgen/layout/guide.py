"""A guide page as a plan: the header band with the title, the intro, the sections (a heading and any
of text, bullet points, a table and a cycle) fitted as one flow, and the credit in the footer.

The page follows the template's paper. The body is set at the template's size and shrinks in steps
down to its floor (`document.fit_flow`); what does not fit even there is an `Overflow` at the content
field to change: the heading, text, bullet point, table cell or cycle stage with a word too wide (or a
stage too long for its box), or the section in which the page runs over.

A template that allows more pages (`pages: 2`) gives the fewest pages on which the body fits at the
template's size, breaking between blocks and never right after a heading (`document.fit_pages`), and
shrinks towards the floor only on the last page count allowed; each page then has the band and the
credit, with "pagina 1 van 2" beside it.
"""
from __future__ import annotations

from ..errors import Overflow
from ..messages import msg
from .blocks import Cycle, Misfit, Table, bullet, rich
from .document import (CREDIT_HINT, MUTED, Block, Frame, Laid, Miss, Style, body_height, fit_flow, fit_pages,
                       footer, footers, header, page_with, paragraph)
from .links import QR_BOX, QR_GAP, qr_block
from .labels import NL_LABELS, Labels
from .plan import Page, moved
from .typeset import Metrics, spans

TITLE_FLOOR = 11.0  # document.header shrinks the title down to this


def styles(accent: str, ink: str) -> dict[str, Style]:
    """The guide's paragraph styles, in multiples of the base size."""
    return {"intro": Style("italic", 1.0, MUTED, after=0.35),
            "heading": Style("bold", 1.25, accent, leading=1.2, before=0.6, after=0.3),
            "text": Style("regular", 1.0, ink, after=0.35),
            "item": Style("regular", 1.0, ink, after=0.2, indent=1.1, bullet="•")}


def body(guide, accent: str, ink: str, metrics: Metrics) -> list[tuple[tuple, Block]]:
    """The flow's blocks in order, each keyed by the content field it shows."""
    st = styles(accent, ink)
    out: list[tuple[tuple, Block]] = []
    if guide.intro:
        out.append((("intro",), rich(guide.intro, st["intro"], metrics)))
    for i, section in enumerate(guide.sections):
        key = ("sections", i)
        link = getattr(section, "link", None)
        # headings are never hyphenated
        heading = paragraph(spans(section.heading, "bold", hyphens=False), st["heading"], metrics)
        out.append((key + ("heading",), beside(heading, link, ink, metrics) if link and not section.text
                    else heading))
        if section.text:
            text = rich(section.text, st["text"], metrics)
            out.append((key + ("text",), beside(text, link, ink, metrics) if link else text))
        out += [(key + ("items", j), bullet(item, st["item"], metrics)) for j, item in enumerate(section.items)]
        if section.table:
            t = section.table
            out.append((key + ("table",), Table(t.columns, t.rows, t.widths, metrics, ink=ink, head_fill=accent)))
        if section.cycle:
            out.append((key + ("cycle",), Cycle(section.cycle, metrics, fill=accent)))
    return out


def beside(block: Block, url: str, ink: str, metrics: Metrics) -> Block:
    """The block set narrower, with the link's QR code at its right (the block as tall as both)."""

    def build(width: float, base: float) -> Laid | None:
        laid = block(width - QR_BOX - QR_GAP, base)
        if laid is None:
            return None
        height, code = qr_block(url, width - QR_BOX, 0.0, metrics, ink)
        return Laid(max(laid.height, height), laid.items + code, laid.before, laid.after)

    return build


def plan_guide(guide, frame: Frame, paper: str, accent: str, ink: str, metrics: Metrics, size: float,
               floor: float, words: Labels = NL_LABELS) -> Page | list[Overflow]:
    """The guide's one page on `frame` (its `paper` named for messages), or everything that does not
    fit: the title, the credit and the body are fitted independently, so all are reported at once."""
    item = msg("guide '{id}'", id=guide.guide)
    overflows = []
    top = header(frame, guide.title, accent, metrics, label=words("guide.band"))
    if top is None:
        overflows.append(Overflow(item, ("title",), msg("the title"), floor=TITLE_FLOOR,
                                  hint=msg("shorten it: the title takes one line of the header band")))
    bottom = footer(frame, words("source", bron=guide.bron), "", metrics)
    if bottom is None:
        overflows.append(Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT))
    blocks = body(guide, accent, ink, metrics)
    flow = fit_flow(lambda s: blocks, frame.body_width, frame.body_height, size, floor)
    if isinstance(flow, Miss):
        overflows.append(missed(item, guide, blocks, flow, frame, paper))
    if overflows:
        return overflows
    return page_with(frame, top, moved(flow.items, frame.margin, frame.body_top), bottom)


def plan_guide_pages(guide, frame: Frame, paper: str, accent: str, ink: str, metrics: Metrics, size: float,
                     floor: float, most: int = 1, words: Labels = NL_LABELS) -> list[Page] | list[Overflow]:
    """The guide's pages (at most `most`), or everything that does not fit."""
    if most == 1:
        page = plan_guide(guide, frame, paper, accent, ink, metrics, size, floor, words)
        return page if isinstance(page, list) else [page]
    item = msg("guide '{id}'", id=guide.guide)
    overflows = []
    top = header(frame, guide.title, accent, metrics, label=words("guide.band"))
    if top is None:
        overflows.append(Overflow(item, ("title",), msg("the title"), floor=TITLE_FLOOR,
                                  hint=msg("shorten it: the title takes one line of the header band")))
    credit = words("source", bron=guide.bron)
    heights = []
    for count in range(1, most + 1):
        feet = footers(frame, credit, count, metrics, words)
        if feet is None:  # too long alone, or beside a page number
            overflows.append(Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT))
            break
        heights.append(body_height(frame, feet))
    if overflows:
        return overflows
    blocks = body(guide, accent, ink, metrics)
    entries = [(key, block, key[-1] == "heading") for key, block in blocks]  # a heading keeps with what follows
    flowed = fit_pages(entries, frame.body_width, heights, size, size)  # the fewest pages at full size
    if isinstance(flowed, Miss):
        flowed = fit_pages(entries, frame.body_width, heights, size, floor, least=most)
    if isinstance(flowed, Miss):
        if flowed.too_wide:
            return [missed(item, guide, blocks, flowed, frame, paper)]
        key = flowed.key[:2] if flowed.key[0] == "sections" else flowed.key
        return [Overflow(item, key, msg("the text from {part} on", part=describe(guide, key, ())), flowed.excess,
                         False, flowed.floor,
                         msg("shorten the guide: it must fit {most} {paper} pages", most=most, paper=paper))]
    feet = footers(frame, credit, len(flowed.pages), metrics, words)
    return [page_with(frame, top, moved(items, frame.margin, frame.body_top), foot)
            for items, foot in zip(flowed.pages, feet)]


def missed(item: str, guide, blocks: list[tuple[tuple, Block]], miss: Miss, frame: Frame, paper: str) -> Overflow:
    """The body's miss as an Overflow: the part with the word too wide, or the section where the page
    runs over, with how much the whole body is too tall at the floor."""
    key = miss.key or ("sections",)
    if miss.too_wide:
        block = dict(blocks)[key]
        found = block.misfit(frame.body_width, miss.floor) if hasattr(block, "misfit") else None
        part = found or Misfit((), True)
        hint = (msg("break the word up or shorten it, or give the column more room with widths")
                if key[-1] == "table" else msg("break the word up or shorten it") if part.too_wide
                else msg("shorten it to fit its box"))
        return Overflow(item, key + part.path, describe(guide, key, part.path), part.excess, part.too_wide,
                        miss.floor, hint)
    laid = [block(frame.body_width, miss.floor) for _, block in blocks]
    excess = sum(x.total for x in laid if x is not None) - frame.body_height
    return Overflow(item, key[:2], msg("the text from {part} on", part=describe(guide, key[:2], ())), excess, False,
                    miss.floor, msg("shorten the guide: it must fit one {paper} page", paper=paper))


def describe(guide, key: tuple, part: tuple) -> str:
    """A content field in words: "row 2, column 'Kolb' of the table in section 'De cyclus'"."""
    if key[0] != "sections" or len(key) < 2:
        return msg("the intro") if key == ("intro",) else msg("the guide")
    section = guide.sections[key[1]]
    where = msg("section '{heading}'", heading=section.heading)
    field = key[2:3]
    if field == ("heading",):
        return msg("the heading of {where}", where=where)
    if field == ("text",):
        return msg("the text of {where}", where=where)
    if field == ("items",):
        return msg("bullet point {n} of {where}", n=key[3] + 1, where=where)
    if field == ("table",) and part[:1] == ("rows",):
        return msg("row {row}, column '{column}' of the table in {where}", row=part[1] + 1,
                   column=section.table.columns[part[2]], where=where)
    if field == ("table",) and part[:1] == ("columns",):
        return msg("the heading of column {n} of the table in {where}", n=part[1] + 1, where=where)
    if field == ("cycle",) and part:
        return msg("stage {n} of the cycle in {where}", n=part[0] + 1, where=where)
    if field == ("table",):
        return msg("the table in {where}", where=where)
    if field == ("cycle",):
        return msg("the cycle in {where}", where=where)
    if field == ("link",):
        return msg("the link in {where}", where=where)
    if field:
        return msg("the {field} in {where}", field=field[0], where=where)
    return where
