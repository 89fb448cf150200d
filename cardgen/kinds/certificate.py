"""The certificate kind: a blank bewijs van deelname to fill in by hand, certificates/<id>.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..load.yamlfile import Source
from ..render.certificate import render_certificates
from ..schema.certificate import Certificate
from ..schema.common import parse_items
from ..write import Staging


@dataclass
class PlannedCertificate:
    source: Source
    certificate: Certificate


class CertificateKind:
    key = "certificate"

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedCertificate]:
        return [PlannedCertificate(s, c) for s, c in parse_items(Certificate, "certificate", sources, problems, ctx.only)]

    def lay_out(self, item, ctx, problems: Problems):
        return item

    def fit(self, planned, problems: Problems) -> None:
        pass  # the sentence is short and set on a landscape page; filled versions are checked per person

    def render(self, planned: PlannedCertificate, staging: Staging, problems: Problems) -> None:
        cid = planned.certificate.certificate
        path = f"certificates/{cid}.pdf"
        pages = render_certificates(planned.certificate, [], staging.path(path), planned.certificate.title)
        staging.add(path, "certificate", cid, pages, planned.certificate.title)

    def describe(self, planned: PlannedCertificate) -> str:
        return f"certificate {planned.certificate.certificate:<26}      {planned.certificate.title}"
