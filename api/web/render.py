"""Turning page data into HTML (Jinja2, autoescaped), JSON or Turtle — one dict, three views.

Every HTML response carries a Content-Security-Policy that forbids inline and remote scripts:
even if some value slipped past escaping, the browser would refuse to run it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cadregraph.api.web.ns import compact, path_for_iri
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer"}


def _link(iri: Any) -> str | None:
    return path_for_iri(iri) if isinstance(iri, str) else None


def _web_url(url: Any) -> str | None:
    """Only http(s) links leave the site: a `javascript:` URL in the data stays inert."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def json_for_script(data: Any) -> str:
    """JSON safe inside a <script type="application/json"> block: no '<', '>' or '&' survive."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(
    enabled_extensions=("html",), default_for_string=True, default=True))
ENV.filters["link"] = _link
ENV.filters["compact"] = compact
ENV.filters["script_json"] = json_for_script
ENV.filters["web_url"] = _web_url


def html(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    body = ENV.get_template(template).render(**context)
    return HTMLResponse(body, status_code=status_code, headers=SECURITY_HEADERS)


def as_json(data: Any, status_code: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status_code,
                        headers={"X-Content-Type-Options": "nosniff"})


def turtle(text: str) -> Response:
    return Response(text, media_type="text/turtle; charset=utf-8",
                    headers={"X-Content-Type-Options": "nosniff"})


def split_format(rest: str) -> tuple[str, str]:
    """('person/x.json') → ('person/x', 'json'); no suffix → 'html'."""
    for fmt in ("json", "ttl", "html"):
        if rest.endswith("." + fmt):
            return rest[: -len(fmt) - 1], fmt
    return rest, "html"


def wants_json(accept: str | None) -> bool:
    if not accept:
        return False
    first = accept.split(",")[0].strip().lower()
    return first.startswith("application/json") or (
        "application/json" in accept and "text/html" not in accept)


def not_found(what: str, hint: str, fmt: str = "html") -> Response:
    if fmt == "json":
        return as_json({"error": what, "hint": hint}, status_code=404)
    if fmt == "ttl":
        return Response(f"# {what}\n# {hint}\n", status_code=404, media_type="text/plain")
    return html("error.html", status_code=404, title="Not found", message=what, hint=hint)
