"""`cardgen watch` and `cardgen serve`: rebuild what changed on every save; serve also shows the pages."""
from __future__ import annotations

from pathlib import Path

import click

from ..messages import msg, say as said
from .options import BRAND, LANG, OUTPUT, PACK, TEMPLATES, examples
from .report import chatty, quiet, say, verbose


def _watcher(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None = None):
    from ..errors import CardgenError, Problem
    from ..kinds import kind_keys
    from ..load.templates import display_path
    from ..watch import Watcher

    if not pack.is_dir():  # nothing to watch: say so now rather than wait for changes that cannot come
        raise CardgenError([Problem(display_path(pack), msg("is not a folder (give the content pack folder, "
                                                            "e.g. content/, or run `cardgen init`)"))])
    return Watcher(pack, out, list(template_dirs), brand, kind_keys(), lang)


def _report(rebuild) -> None:
    """One line per rebuild with its time; then its errors, or with --verbose the files it wrote."""
    if rebuild.errors or not quiet():
        click.echo(said(rebuild.line()))
    for error in rebuild.errors:
        click.echo(f"  {error}", err=True)
    if verbose():
        for entry in rebuild.entries:
            click.echo(f"  {entry['kind']:<12} {entry['path']}")


@click.command(epilog=examples(
    "cardgen watch                                   # content/ into output/",
    "cardgen watch mijn-pack/content -o mijn-pack/output",
    "cardgen watch --templates ontwerpen -v          # also list the files of each rebuild"))
@PACK
@OUTPUT
@TEMPLATES
@BRAND
@LANG
@chatty
def watch(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None) -> None:
    """Build PACK, then rebuild what each saved change affects (a card: its deck; a template or the brand:
    everything), one line per rebuild, until Ctrl+C. Errors are shown and the watch goes on."""
    from ..watch import watch as run

    watcher = _watcher(pack, out, template_dirs, brand, lang)
    run(watcher, _report, ready=lambda: say(msg("watching {folders} (Ctrl+C to stop)",
                                                folders=", ".join(str(r) for r in watcher.roots()))))


@click.command(epilog=examples(
    "cardgen serve                                   # then open http://127.0.0.1:8000/",
    "cardgen serve mijn-pack/content --port 8080 --open",
    "cardgen serve --port 0                          # any free port; the address is printed"))
@PACK
@OUTPUT
@TEMPLATES
@BRAND
@LANG
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser.")
@chatty
def serve(pack: Path, out: Path, template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None, port: int,
          open_browser: bool) -> None:
    """Like watch, and serve a page on this computer only (127.0.0.1) with every item's pages as images,
    grouped by kind, that updates itself after each rebuild and shows the errors; click a card to see its
    front and back at print size."""
    from ..errors import CardgenError, Problem
    from ..serve import Preview
    from ..watch import watch as run

    watcher = _watcher(pack, out, template_dirs, brand, lang)
    try:
        preview = Preview(watcher, port)
    except OSError as exc:
        raise CardgenError([Problem("--port", msg("cannot serve on 127.0.0.1:{port} ({reason}); try another port, "
                                                  "or --port 0 for any free one", port=port, reason=exc.strerror))]) \
            from None

    def report(rebuild) -> None:
        preview.update(rebuild)
        _report(rebuild)

    def ready() -> None:
        # even with --quiet: the address is the point
        click.echo(said(msg("serving {url} (Ctrl+C to stop)", url=preview.url)))
        if open_browser:
            import webbrowser
            webbrowser.open(preview.url)

    with preview:
        run(watcher, report, ready=ready)
