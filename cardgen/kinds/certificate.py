"""The certificate kind: a blank bewijs van deelname to fill in by hand, certificates/<id>.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..load.yamlfile import Source
from ..render.certificate import certificate_problem, render_certificates
from ..render.document import CREDIT_TOO_LONG
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

    def fit(self, planned, problems: Problems) -> bool:
        """The blank certificate (filled ones are checked per person by `cardgen certificates`)."""
        field = certificate_problem(planned.certificate, {})
        if field == "bron":
            planned.source.problem(problems, ("bron",), CREDIT_TOO_LONG)
        elif field:
            planned.source.problem(problems, (field,), f"the {field} does not fit the certificate page even at "
                                                       "the smallest size; shorten it")
        return field is None

    def render(self, planned: PlannedCertificate, staging: Staging, problems: Problems) -> None:
        if not self.fit(planned, problems):
            return
        cid = planned.certificate.certificate
        path = f"certificates/{cid}.pdf"
        pages = render_certificates(planned.certificate, [], staging.path(path), planned.certificate.title)
        staging.add(path, "certificate", cid, pages, planned.certificate.title)

    def describe(self, planned: PlannedCertificate) -> str:
        return f"certificate {planned.certificate.certificate:<26}      {planned.certificate.title}"
