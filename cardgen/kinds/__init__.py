"""Content kinds: each kind (deck, method, guide, agenda, form, certificate) plugs its stages into
the pipeline, and this registry is where the CLI, `check`, the JSON Schema export, the manifest and
the bundle find them. The shared machinery a kind module uses is in `kinds/base.py`.
"""
from __future__ import annotations

from .base import Context, Kind, Output, item_id, report, with_templates

_REGISTERED: list = []  # kinds added at run time (plug-ins, tests), after the built-in ones


def register(kind: Kind) -> None:
    """Add a kind: `check`, `build`, `schema`, the manifest and the bundle pick it up from here."""
    _REGISTERED.append(kind)


def unregister(kind: Kind) -> None:
    _REGISTERED.remove(kind)


def registry() -> list[Kind]:
    """Every content kind, in build order (which is also the order of the bundle's sections)."""
    from .agenda import AgendaKind
    from .certificate import CertificateKind
    from .deck import DeckKind
    from .form import FormKind
    from .guide import GuideKind
    from .method import MethodKind
    from .schedule import ScheduleKind

    return [DeckKind(), MethodKind(), GuideKind(), AgendaKind(), FormKind(), ScheduleKind(), CertificateKind(),
            *_REGISTERED]


def schemas() -> dict[str, type]:
    """Every schema a user can write: each kind's content model, the brand, and every template kind
    ('card-template', …), read from the registry."""
    from ..schema.brand import Brand

    out: dict[str, type] = {kind.key: kind.model for kind in registry()}
    out["brand"] = Brand
    for kind in registry():
        out.update({f"{name}-template": model for name, model in kind.templates.items()})
    return out


def outputs() -> list[Output]:
    """Every output of every kind, in registry order."""
    return [output for kind in registry() for output in kind.outputs]


def kind_keys() -> tuple[str, ...]:
    return tuple(k.key for k in registry())


__all__ = ["Context", "Kind", "Output", "item_id", "register", "registry", "report", "schemas", "unregister",
           "with_templates"]
