"""`cardgen templates`: every layout template a pack can use, where it comes from, what it extends."""
from __future__ import annotations

from pathlib import Path

import click

from ..messages import msg, say
from .options import PACK, TEMPLATES, examples


@click.command(epilog=examples(
    "cardgen templates                               # content/ and the project's templates/",
    "cardgen templates mijn-pack/content",
    "cardgen templates --templates ontwerpen"))
@PACK
@TEMPLATES
def templates(pack: Path, template_dirs: tuple[Path, ...]) -> None:
    """List the layout templates on PACK's search path: name, kind, origin and what each extends."""
    from ..errors import Problems
    from ..load.pack import Pack
    from ..load.templates import BUILTIN_DIR, TemplateStore, display_path

    pack_dirs = Pack(pack.resolve()).template_dirs()
    store = TemplateStore(list(template_dirs) + pack_dirs, Problems())
    origins = {d.resolve(): "--templates" for d in template_dirs}
    origins.update({pack_dirs[0].resolve(): "pack", pack_dirs[1].resolve(): "project",
                    BUILTIN_DIR.resolve(): "built-in"})
    for name, kind, path, parents, hidden in store.catalogue():
        origin = origins.get(path.parent.resolve(), "?")
        overridden = ", ".join(origins.get(h.parent.resolve(), "?") for h in hidden)
        extends = "  " + say(msg("extends {parents}", parents=", ".join(parents))) if parents else ""
        over = "  " + say(msg("(overrides the {origins} one)", origins=overridden)) if hidden else ""
        click.echo(f"{name:<22} {kind:<11} {origin:<9} {display_path(path)}{extends}{over}")
