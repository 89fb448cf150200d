"""The command line: a click group over the commands in `cardgen/commands/`, one module each.

Every command takes -h/--help and shows examples; -q/--quiet, -v/--verbose (and --strict where a
command builds or checks) work on the group and on each command. Exit status: 0 success, 1 warnings
with --strict (and for preflight: a check failed), 2 errors in the content or on the command line.
"""
from __future__ import annotations

import logging

import click

from . import __version__
from .commands import (agenda, build, calibrate, certificates, init, pack, preflight, preview, schema, templates,
                       watch)
from .commands.options import examples
from .commands.report import QUIET_OPTION, VERBOSE_OPTION, count_warning, strict_failed

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(name="cardgen", context_settings=CONTEXT, epilog=examples(
    "cardgen init mijn-pack && cd mijn-pack   # a pack of your own to start from",
    "cardgen build                            # content/ into output/",
    "cardgen serve                            # live preview on http://127.0.0.1:8000/",
    "",
    "Exit status: 0 success; 1 warnings with --strict (preflight: a check failed); 2 errors.",
    "Help on a command: cardgen COMMAND -h"))
@click.version_option(__version__, prog_name="cardgen")
@QUIET_OPTION
@VERBOSE_OPTION
def main() -> None:
    """Compile YAML intervision content through layout templates into print-ready PDFs."""
    from .messages import choose

    choose(reset=True)  # a run in the same process (tests, serve) starts from the default again
    _show_warnings()


@main.result_callback()
def _finish(*_args, **_kwargs) -> None:
    """With --strict, warnings make the run fail with status 1 (after its files are written)."""
    warnings = strict_failed()
    if warnings:
        from .messages import msg, say

        click.echo(say(msg("--strict: {n} warnings", n=warnings) if warnings != 1 else msg("--strict: 1 warning")),
                   err=True)
        raise SystemExit(1)


class _Warnings(logging.Handler):
    """Writes each warning to the stderr of the moment (click's), so runs in one process each get theirs."""

    def emit(self, record: logging.LogRecord) -> None:
        from .messages import logged, msg, say

        count_warning()
        click.echo(say(msg("warning: {text}", text=say(logged(record)))), err=True)


def _show_warnings() -> None:
    """Warnings (not errors) go to stderr as `warning: file:line:col: field: message`."""
    log = logging.getLogger("cardgen")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings())
        log.propagate = False


SHORT = {  # the one-line summaries of `cardgen -h`
    "init": "Start a pack of your own (or copy the default pack).",
    "build": "Build a pack into print-ready PDFs.",
    "check": "Validate a pack and fit all text; write nothing.",
    "watch": "Rebuild what each saved change affects.",
    "serve": "Watch, and show every page in the browser.",
    "agenda": "Tonight's agenda with clock times, cheat-sheet and handouts.",
    "certificates": "Certificates of participation from a CSV.",
    "pack": "Build and bundle everything for members.",
    "preflight": "Check any PDF as a print shop would.",
    "preview": "PNGs of every card and a proof sheet per deck.",
    "calibrate": "A test sheet for your printer's front-to-back offset.",
    "schema": "The JSON Schema of a content or template kind.",
    "templates": "List the layout templates a pack can use.",
}

for command in (init.init, build.build, build.check, watch.watch, watch.serve, agenda.agenda,
                certificates.certificates, pack.pack, preflight.preflight, preview.preview, calibrate.calibrate,
                schema.schema, templates.templates):
    command.short_help = SHORT[command.name]
    main.add_command(command)
