"""The certificate kind: a blank bewijs van deelname to fill in by hand, certificates/<id>.pdf (filled ones
come from `cardgen certificates`, per row of a participants list)."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Overflow, Problems
from ..layout.certificate import plan_certificate
from ..layout.document import frame_for
from ..layout.plan import Document, Page
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..schema.certificate import Certificate, CertificateTemplate
from ..write import Staging
from .base import Output, report, with_templates


@dataclass
class PlannedCertificate:
    source: Source
    certificate: Certificate
    template: CertificateTemplate
    doc: Document | None = None  # the planned file
    assets: dict | None = None


TOOL = "cardgen"  # the neutral brand's name: a certificate never names the tool as its organiser


def organiser(cert, ctx) -> str:
    """Who organised it: `--organisation`, else the certificate's `organisation`, else the brand's name;
    '' (a line to fill in) under the neutral brand, which carries the tool's name."""
    given = ctx.options.get("certificate", {}).get("organisation") or cert.organisation
    if given:
        return given
    name = ctx.identity().name.strip() if ctx.brand is not None else ""
    return "" if name.casefold() == TOOL else name


def plan_for(item: PlannedCertificate, person: dict, ctx) -> Page | Overflow:
    """The certificate filled in for `person` ({} for the blank one) on the template's paper."""
    return plan_certificate(item.certificate, person, frame_for(item.template), organiser(item.certificate, ctx),
                            ctx.colour(item.template.accent), ctx.colour("brand.text"), ctx.metrics,
                            "brand.logo" in ctx.assets(), ctx.labels)


def write_certificates(pages: list[Page], path, title: str, ctx) -> int:
    return write_document(ctx.document(title, "certificate of participation", pages), path, ctx.assets())


class CertificateKind:
    key = "certificate"
    model = Certificate
    templates = {"certificate": CertificateTemplate}
    outputs = (Output("certificate", "certificaten", "bewijzen van deelname", "Bewijs van deelname"),)

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedCertificate]:
        planned = with_templates(Certificate, "certificate", CertificateTemplate, PlannedCertificate, sources, ctx,
                                 problems)
        for item in planned:  # a title or sentence not written is the pack's language's
            cert = item.certificate
            item.certificate = cert.model_copy(update={"title": cert.title or ctx.labels("certificate.title"),
                                                       "text": cert.text or ctx.labels("certificate.text")})
        return planned

    def lay_out(self, item: PlannedCertificate, ctx, problems: Problems) -> PlannedCertificate | None:
        """The blank certificate (filled ones are planned per person by `cardgen certificates`)."""
        page = plan_for(item, {}, ctx)
        if isinstance(page, Overflow):
            report(item.source, page, problems)
            return None
        item.doc, item.assets = ctx.document(item.certificate.title, "certificate of participation", [page]), ctx.assets()
        return item

    def render(self, planned: PlannedCertificate, staging: Staging, problems: Problems) -> None:
        cert = planned.certificate
        path = f"certificates/{cert.certificate}.pdf"
        pages = write_document(planned.doc, staging.path(path), planned.assets)
        staging.add(path, "certificate", cert.certificate, pages, cert.title)

    def describe(self, planned: PlannedCertificate) -> str:
        return msg("certificate {id:<26}      {title}", id=planned.certificate.certificate,
                   title=planned.certificate.title)
