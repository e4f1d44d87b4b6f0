"""Test-only glue between the `elasticsearch` client and osmem-server.

osmem-server (PyPI) is an in-memory OpenSearch-compatible server. Two things
stop the Elasticsearch 8 client from talking to it as it is:

- the client sends `Accept`/`Content-Type: application/vnd.elasticsearch+json;
  compatible-with=8`, which osmem answers with 406;
- the client refuses any 2xx answer without `X-Elastic-Product: Elasticsearch`.

`OsmemCompatibleNode` rewrites the first on the way out and adds the second on
the way back. It lives in the tests, never in `cms/`: production talks to a real
Elasticsearch with the client unchanged. Tests pass it to the backend through
`settings.ELASTICSEARCH_CLIENT_OPTIONS = {"node_class": OsmemCompatibleNode}`.
"""

import re

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elastic_transport._node import NodeApiResponse

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(?:;\s*compatible-with=\d+)?")


class OsmemCompatibleNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = HttpHeaders(headers)
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = _COMPAT.sub(r"application/\1", headers[name])
        response = super().perform_request(method, target, body=body, headers=headers, **kwargs)
        meta = response.meta
        answer_headers = HttpHeaders(meta.headers)
        answer_headers["x-elastic-product"] = "Elasticsearch"
        meta = type(meta)(
            status=meta.status,
            http_version=meta.http_version,
            headers=answer_headers,
            duration=meta.duration,
            node=meta.node,
        )
        return NodeApiResponse(meta, response.body)
