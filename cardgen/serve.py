"""`cardgen serve`: a page on 127.0.0.1 that shows every item's pages as images, grouped by kind, and
updates itself after each rebuild of `cardgen watch`'s loop.

The page (`web/index.html`) reads `/state.json` (the groups, items and their pages, the last rebuild
and its errors) and listens on `/events` (server-sent events: the state's version after each rebuild).
Pages are drawn to PNG on request (`/png?f=FILE&p=PAGE&w=PIXELS`) with PDFium, cards cropped to their
trim. Only files listed in the output's manifest are served.
"""
from __future__ import annotations

import io
import json
import threading
import time
from collections import OrderedDict
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

from .messages import msg, say
from .watch import Rebuild, Watcher

PAGE = Path(__file__).resolve().parent / "web" / "index.html"
MM = 72 / 25.4
CARD_PX, PAGE_PX = 150, 220  # thumbnail widths on screen (drawn at twice that for sharp screens)


class Preview:
    """The HTTP server and the state it shows; `update` is called with every rebuild."""

    def __init__(self, watcher: Watcher, port: int):
        self.watcher, self.out = watcher, watcher.out
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self.server.daemon_threads = True
        self.server.preview = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.changed = threading.Condition()
        self.version = 0
        self.state: dict = {"version": 0, "groups": [], "errors": [], "status": "bouwen…"}
        self.pdf_lock = threading.Lock()  # PDFium is not thread-safe
        self.images: OrderedDict = OrderedDict()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)

    def __enter__(self) -> "Preview":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        with self.changed:
            self.version = -1  # ends the event streams
            self.changed.notify_all()
        self.server.shutdown()
        self.server.server_close()

    def update(self, rebuild: Rebuild) -> None:
        try:
            with self.pdf_lock:
                groups = self._groups()
        except Exception as exc:  # a file that cannot be read must not end the preview
            groups = self.state["groups"]
            rebuild.errors = [*rebuild.errors, say(msg("the preview could not read the output: {error}",
                                                       error=repr(exc)))]
        with self.changed:
            self.version += 1
            self.state = {"version": self.version, "groups": groups, "errors": rebuild.errors,
                          "status": _status(rebuild), "ok": not rebuild.errors}
            self.changed.notify_all()

    def _groups(self) -> list[dict]:
        from .kinds import registry

        entries = _manifest(self.out)
        groups = []
        for kind in registry():
            shown = [o.kind for o in kind.outputs if o.section]
            cards = "deck-print" in {o.kind for o in kind.outputs}
            items: dict[str, dict] = {}
            for e in entries:
                if not e["path"].endswith(".pdf") or not (self.out / e["path"]).is_file():
                    continue
                if cards and e["kind"] == "deck-print":
                    item = items.setdefault(e["id"], _item(e))
                    item["prints"].append(e["path"])
                elif e["kind"] in shown and not cards:
                    item = items.setdefault(e["id"], _item(e))
                    item["pages"] += self._pages(e["path"])
            for item in items.values():
                prints = sorted(item.pop("prints"), key=lambda p: ("back" in p, p))
                if prints:
                    item["cards"] = self._cards(prints)
            if items:
                title = next((o.section for o in kind.outputs if o.section), kind.key)
                groups.append({"kind": kind.key, "title": title,
                               "items": [items[i] for i in sorted(items)]})
        return groups

    def _pages(self, path: str) -> list[dict]:
        sizes = self._sizes(path)
        return [{"src": self._src(path, n, PAGE_PX * 2, False), "file": path, "page": n + 1,
                 "w_mm": round(w / MM, 1), "h_mm": round(h / MM, 1)} for n, (w, h, _, _) in enumerate(sizes)]

    def _cards(self, prints: list[str]) -> list[dict]:
        """Front and back of every card: one print file (front, back, front, …) or two (fronts, backs)."""
        if len(prints) == 1:
            faces = [(prints[0], n) for n in range(len(self._sizes(prints[0])))]
            pairs = list(zip(faces[0::2], faces[1::2]))
        else:
            fronts, backs = ([(p, n) for n in range(len(self._sizes(p)))] for p in prints[:2])
            pairs = list(zip(fronts, backs))
        cards = []
        for number, (front, back) in enumerate(pairs, start=1):
            _, _, tw, th = self._sizes(front[0])[front[1]]
            px = round(tw / MM / 25.4 * 192)  # print size on a 96 dpi screen, drawn at twice that
            cards.append({"n": number, "w_mm": round(tw / MM, 1), "h_mm": round(th / MM, 1),
                          "front": self._src(front[0], front[1], CARD_PX * 2, True),
                          "back": self._src(back[0], back[1], CARD_PX * 2, True),
                          "front_large": self._src(front[0], front[1], px, True),
                          "back_large": self._src(back[0], back[1], px, True)})
        return cards

    def _sizes(self, path: str) -> list[tuple[float, float, float, float]]:
        """(width, height, trim width, trim height) of every page, in points."""
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(self.out / path))
        try:
            sizes = []
            for page in pdf:
                w, h = page.get_size()
                left, bottom, right, top = page.get_trimbox()
                sizes.append((w, h, right - left, top - bottom))
                page.close()
            return sizes
        finally:
            pdf.close()

    def _src(self, path: str, page: int, width: int, trim: bool) -> str:
        stamp = int((self.out / path).stat().st_mtime_ns // 1000)
        return f"/png?f={quote(path)}&p={page}&w={width}&trim={int(trim)}&v={stamp}"

    def png(self, path: str, page: int, width: int, trim: bool) -> bytes | None:
        """Page `page` of an output file as PNG, `width` pixels wide (cropped to the trim for cards)."""
        import pypdfium2 as pdfium

        if path not in {e["path"] for e in _manifest(self.out)}:
            return None
        file = self.out / path
        try:
            key = (path, file.stat().st_mtime_ns, page, width, trim)
        except OSError:
            return None
        with self.pdf_lock:
            if key in self.images:
                self.images.move_to_end(key)
                return self.images[key]
            pdf = pdfium.PdfDocument(str(file))
            try:
                if not 0 <= page < len(pdf):
                    return None
                p = pdf[page]
                box = p.get_mediabox()
                crop = (0, 0, 0, 0)
                if trim:
                    tl, tb, tr, tt = p.get_trimbox()
                    crop = (tl - box[0], tb - box[1], box[2] - tr, box[3] - tt)
                shown = (box[2] - box[0]) - crop[0] - crop[2]
                image = p.render(scale=max(0.05, min(8.0, width / shown)), crop=crop).to_pil()
                p.close()
            finally:
                pdf.close()
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            data = buffer.getvalue()
            self.images[key] = data
            while len(self.images) > 600:
                self.images.popitem(last=False)
            return data


def _item(entry: dict) -> dict:
    return {"id": entry["id"], "title": entry.get("title") or entry["id"], "pages": [], "prints": []}


def _manifest(out: Path) -> list[dict]:
    try:
        data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return [e for e in data.get("files", []) if isinstance(e, dict) and isinstance(e.get("path"), str)]
    except (OSError, ValueError, AttributeError):
        return []


def _status(rebuild: Rebuild) -> str:
    """The last rebuild in Dutch, for the trainer: when, what, and how it went."""
    clock = time.strftime("%H:%M:%S", time.localtime(rebuild.at))
    what = ", ".join(rebuild.only) if rebuild.only else "alles"
    if rebuild.errors:
        n = len(rebuild.errors)
        return f"{clock}: {what} niet gebouwd, {n} fout{'en' if n != 1 else ''} (de vorige versie staat er nog)"
    return f"{clock}: {what} bijgewerkt in {rebuild.seconds:.1f} s"


class _Handler(BaseHTTPRequestHandler):
    server_version = "cardgen"

    def log_message(self, *args) -> None:  # the terminal shows rebuilds, not requests
        pass

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        preview: Preview = self.server.preview  # type: ignore[attr-defined]
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path in ("/", "/index.html"):
            self._send(PAGE.read_bytes(), "text/html; charset=utf-8")
        elif url.path == "/state.json":
            with preview.changed:
                body = json.dumps(preview.state, ensure_ascii=False).encode()
            self._send(body, "application/json; charset=utf-8")
        elif url.path == "/events":
            self._events(preview)
        elif url.path == "/png":
            try:
                data = preview.png(query.get("f", ""), int(query.get("p", "0")), int(query.get("w", "300")),
                                   query.get("trim") == "1")
            except ValueError:
                data = None
            if data is None:
                self.send_error(HTTPStatus.NOT_FOUND)
            else:
                self._send(data, "image/png", cache=True)
        else:
            self.send_error(HTTPStatus.NOT_FOUND)

    def _send(self, body: bytes, kind: str, cache: bool = False) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600" if cache else "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _events(self, preview: Preview) -> None:
        """Server-sent events: the state's version now and after every rebuild, until the client leaves."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = None
        try:
            while True:
                with preview.changed:
                    if preview.version == seen:
                        preview.changed.wait(timeout=15)
                    version = preview.version
                if version < 0:
                    return
                message = f"data: {version}\n\n" if version != seen else ": keep-alive\n\n"
                self.wfile.write(message.encode())
                self.wfile.flush()
                seen = version
        except (BrokenPipeError, ConnectionResetError):
            return
