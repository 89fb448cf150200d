"""What every kind module shares: the run's context, the kind protocol, the outputs it declares,
and the helpers that parse items with their templates and report what does not fit.

A kind is named by the first key of its YAML files (`deck: reflectiekaarten`)
and provides one function per pipeline stage; `pipeline.build()` calls them
in order for every kind, so adding a kind never changes the spine.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from ..errors import Overflow, Problems
from ..layout.labels import NL_LABELS, Labels
from ..layout.plan import Document, Look
from ..schema.brand import Brand
from ..load.brand import BrandAssets
from ..load.pack import Pack
from ..load.templates import TemplateStore
from ..load.yamlfile import Source
from ..schema.common import parse_items
from ..write import Staging


@dataclass
class Context:
    """What every stage may consult: the pack, the templates, and the run's options."""

    pack: Pack
    store: TemplateStore
    only: set[str] | None = None  # item ids to build; None = all
    brand: BrandAssets | None = None  # None only when the brand itself had errors
    options: dict = field(default_factory=dict)  # command-line values over the YAML, by kind key
    metrics: Any = None  # the measuring interface of the layout stage (the brand's fonts), set before lay_out
    look: Look = Look()  # author, keywords and fonts of every file drawn, set before lay_out
    labels: Labels = NL_LABELS  # the fixed printed labels in the run's language (the brand's, or --lang)

    def identity(self) -> Brand:
        """The brand in force (cardgen's neutral one when the brand file had errors)."""
        return self.brand.brand if self.brand is not None else Brand(brand="cardgen", name="cardgen")

    def document(self, title: str, subject: str, pages: list) -> Document:
        """A file's plan with the run's look (author, keywords, fonts)."""
        return Document(title, subject, list(pages), self.look)

    def colour(self, ref: str) -> str:
        """A colour reference of a template or content (brand tokens included) as a concrete colour."""
        from ..layout.color import resolve

        return resolve(ref, self.identity().colors)

    def assets(self) -> dict:
        """The pictures plans refer to by name (the brand's logo)."""
        return {"brand.logo": self.brand.logo} if self.brand is not None and self.brand.logo else {}


@dataclass(frozen=True)
class Output:
    """A kind of file an item makes: its manifest kind, its folder and line in a bundle, and its
    section heading in the bundle's combined PDF (None: shipped as a file only)."""

    kind: str  # the manifest kind, e.g. "cheatsheet"
    folder: str  # the folder in a member bundle, e.g. "methoden"
    what: str  # what the files are, for the bundle's README.txt (Dutch)
    section: str | None = None


class Kind(Protocol):
    key: str  # the YAML key that names the kind and holds the item id
    model: type  # the schema model of one item
    templates: dict[str, type]  # template kind -> its schema model (the first is the item's own layout)
    outputs: tuple[Output, ...]  # the files it makes, in the order of the bundle's sections

    def validate(self, sources: list[Source], ctx: Context, problems: Problems) -> list[Any]:
        """Typed parse and cross-checks; returns the valid items that are selected."""

    def lay_out(self, item: Any, ctx: Context, problems: Problems) -> Any | None:
        """The item's page plans, every text fitted; None after recording what does not fit."""

    def render(self, planned: Any, staging: Staging, problems: Problems) -> None:
        """Draw the planned pages into the staging folder and add them to the manifest; decides nothing."""

    def describe(self, planned: Any) -> str:
        """One line for `cardgen check` and `cardgen list`."""


def with_templates(model, key: str, template_model, planned: Callable[[Source, Any, Any], Any],
                   sources: list[Source], ctx: Context, problems: Problems,
                   check: Callable[[Source, Any, Problems], None] | None = None) -> list[Any]:
    """Parse each source as `model` (its id in field `key`), run `check` on it, and find the layout
    template it names: `planned(source, item, template)` for each valid, selected item whose template exists."""
    result = []
    for source, item in parse_items(model, key, sources, problems, ctx.only):
        if check is not None:
            check(source, item, problems)
        template = ctx.store.get(item.layout, template_model, source.mark(("layout",)), "layout")
        if template is not None:
            result.append(planned(source, item, template))
    return result


def report(source: Source, overflow: Overflow, problems: Problems) -> None:
    """Record text that does not fit, located at the content field to shorten."""
    source.problem(problems, overflow.field, overflow.message())


def item_id(source: Source, key: str) -> Any:
    return source.data.get(key) if isinstance(source.data, dict) else None
