"""The command line: a click group over the commands in `cardgen/commands/`, one module each."""
from __future__ import annotations

import logging

import click

from . import __version__
from .commands import agenda, build, calibrate, certificates, pack, preflight, preview, schema, templates


@click.group()
@click.version_option(__version__, prog_name="cardgen")
def main() -> None:
    """Compile YAML intervision content through layout templates into print-ready PDFs."""
    _show_warnings()


class _Warnings(logging.Handler):
    """Writes each warning to the stderr of the moment (click's), so runs in one process each get theirs."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    """Warnings (not errors) go to stderr as `warning: file:line:col: field: message`."""
    log = logging.getLogger("cardgen")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings())
        log.propagate = False


for command in (build.build, build.check, agenda.agenda, certificates.certificates, pack.pack, preflight.preflight,
                preview.preview, calibrate.calibrate, schema.schema, templates.templates):
    main.add_command(command)
