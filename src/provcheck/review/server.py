"""The review desk's web app (spec/review.md "Reaching the desk", "Who can get in").

Every request needs the secret token: `?token=T` once sets an HttpOnly, SameSite=Strict cookie and
redirects to the same page without it; anything else without the cookie gets a page asking for it.
State-changing requests must come from the desk's own pages (Origin / Sec-Fetch-Site), documents are
reached by ledger id only, every response carries a Content-Security-Policy that allows nothing from
elsewhere, and nothing about a client is logged (the server runs without an access log).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import tempfile
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from provcheck.errors import InvalidCorrection, ReviewError, StaleVersion, UnknownDocument
from provcheck.ledger import Ledger
from provcheck.ledger.review import actions, batches_of
from provcheck.review.desk import SCALAR_FIELDS, Desk, queue
from provcheck.review.learned_routes import learned_routes
from provcheck.review.lists import CELLS, LIST_FIELDS, list_items
from provcheck.review.lists import parse as parse_item
from provcheck.review.openwork import chase_csv, corrections, documents_from, open_loas
from provcheck.review.pages import page_sizes, render_page, source_file

COOKIE = "provcheck_review"
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SAFE_METHODS = {"GET", "HEAD"}
STATIC = Path(__file__).parent / "static"


class Guard:
    """ASGI middleware: the token, cross-site refusal and the security headers, before any route."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the request through only with the token, and only from the desk's own pages when it changes state."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = request.query_params.get("token")
        if given is not None and secrets.compare_digest(given, self.token):
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(rest) if rest else "")
            response: Response = RedirectResponse(target, status_code=303)
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict", path="/")
        elif not secrets.compare_digest(request.cookies.get(COOKIE, ""), self.token):
            response = HTMLResponse(_TOKEN_PAGE, status_code=401)
        elif request.method not in SAFE_METHODS and not _same_origin(request):
            response = HTMLResponse("<p>Refused: this request did not come from the review desk.</p>", 403)
        else:
            await self.app(scope, receive, _with_headers(send))
            return
        await response(scope, receive, _with_headers(send))


def _same_origin(request: Request) -> bool:
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return site is not None  # a browser without Origin still says where it came from
    return origin == f"{request.url.scheme}://{request.headers.get('host', '')}"


def _with_headers(send: Send) -> Send:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers += [
                (b"content-security-policy", CSP.encode()),
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"same-origin"),  # no-referrer makes Chrome send Origin: null
                (b"x-frame-options", b"DENY"),
                (b"cache-control", b"no-store"),
            ]
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


_TOKEN_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>provcheck review</title></head>
<body><h1>provcheck review</h1><p>This desk needs its secret token. Open the link
<code>provcheck review</code> printed when it started (it ends in <code>?token=…</code>), or paste the
token here.</p><form method="get"><input name="token" autocomplete="off" aria-label="token">
<button>Open</button></form></body></html>"""


def create_app(
    ledger_path: Path | str,
    token: str,
    *,
    reviewer: str,
    inbox: Path | None = None,
    cache_dir: Path | None = None,
    as_of: dt.date | None = None,
    knowledge: Path | None = None,
) -> Starlette:
    """The desk over one ledger; `inbox` limits the queue to documents from that watched inbox.

    `knowledge` is the folder taught wordings are written to (None: the default knowledge folder).
    """
    ledger = Ledger.open(ledger_path)
    lock = threading.RLock()  # one sqlite connection; sync routes run in a thread pool, and act() re-renders
    desk = Desk(ledger, as_of=as_of)
    cache = cache_dir or Path(tempfile.mkdtemp(prefix="provcheck-review-"))
    templates = Environment(loader=PackageLoader("provcheck.review", "templates"), autoescape=select_autoescape())
    origin = str(inbox.resolve()) if inbox is not None else None

    def in_scope(document_id: int) -> bool:
        return origin is None or any(o == origin for _, _, o in batches_of(ledger, document_id))

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(reviewer=reviewer, **context), status_code=status)

    def not_found() -> HTMLResponse:
        return page("message.html", 404, title="Not found", message="There is no such document in this ledger.")

    def queue_page(request: Request) -> HTMLResponse:
        filters = {k: request.query_params.get(k) or None for k in ("provider", "doc_type", "reason")}
        with lock:
            everything = [i for i in queue(ledger) if in_scope(i.document_id)]
            items = [i for i in queue(ledger, **filters) if in_scope(i.document_id)]
        days = [i.age.total_seconds() / 86400 for i in everything]
        summary = {
            "waiting": len(everything),
            "oldest": max(days, default=0.0),
            "over": {n: sum(d > n for d in days) for n in (2, 7, 21)},
        }
        choices = {
            "provider": sorted({i.provider for i in everything if i.provider}),
            "doc_type": sorted({i.doc_type for i in everything}),
            "reason": sorted({i.top_rule for i in everything if i.top_rule}),
        }
        return page("queue.html", items=items, summary=summary, filters=filters, choices=choices)

    def document_page(request: Request, status: int = 200, message: str | None = None) -> HTMLResponse:
        document_id = request.path_params["doc_id"]
        with lock:
            if not in_scope(document_id):
                return not_found()
            try:
                run = desk.document(document_id)
            except UnknownDocument:
                return not_found()
            result = run.result
            source = source_file(ledger.conn, document_id)
            sizes = page_sizes(source) if source is not None else []  # PNGs are rendered when asked for
            pages = [{"n": n, "width": w, "height": h} for n, (w, h) in enumerate(sizes, 1)]
            history = actions(ledger, document_id)
            waiting = [i.document_id for i in queue(ledger) if in_scope(i.document_id)]
        later = [d for d in waiting if d > document_id] or [d for d in waiting if d != document_id]
        record = result.record.for_type(result.doc_type) if result.record and result.doc_type != "unknown" else {}
        fields = []
        for name, value in record.items():
            evidence = result.evidence.get(name)
            fields.append(
                {
                    "name": name,
                    "value": "" if value is None else value,
                    "editable": name in SCALAR_FIELDS,
                    "evidence": evidence,
                    "issues": [i for i in result.issues if i.field == name],
                    "missing": name in result.missing,
                    "entries": list_items(name, value, result) if name in LIST_FIELDS else [],
                }
            )
        boxes = [(f["name"], f["evidence"]) for f in fields if f["evidence"]]
        boxes += [(it["key"], it["evidence"]) for f in fields for it in f["entries"] if it["evidence"]]
        errors = sorted({i.rule for i in result.issues if i.severity == "error"})
        return page(
            "document.html",
            status,
            doc_id=document_id,
            run=run,
            result=result,
            fields=fields,
            boxes=boxes,
            cells=CELLS,
            pages=pages,
            errors=errors,
            general=[i for i in result.issues if i.field is None or not (i.field in record or _item_issue(i.field))],
            history=history,
            next_id=later[0] if later else None,
            message=message,
        )

    async def act(request: Request, action: str) -> Response:
        document_id = request.path_params["doc_id"]
        form = await request.form()
        try:
            version = int(str(form.get("version", "")))
        except ValueError:
            return page("message.html", 400, title="Bad request", message="The form had no version.")
        located = None
        with lock:
            if not in_scope(document_id):
                return not_found()
            try:
                if action == "correct":
                    located = _located(form)
                    desk.correct(
                        document_id, str(form.get("field", "")), str(form.get("value", "")), reviewer,
                        version=version, page=located[0] if located else None, bbox=located[1] if located else None,
                    )  # fmt: skip
                elif action == "approve":
                    reasons = {k[len("reason_") :]: str(v) for k, v in form.multi_items() if k.startswith("reason_")}
                    desk.approve(document_id, reviewer, version=version, reasons=reasons)
                else:
                    desk.reject(document_id, reviewer, str(form.get("reason", "")), version=version)
                from provcheck.review.export import regenerate_outputs  # the exports' imports: not at start

                regenerate_outputs(ledger, document_id)
            except UnknownDocument:
                return not_found()
            except StaleVersion as exc:
                return document_page(request, 409, exc.message)
            except (InvalidCorrection, ReviewError) as exc:
                return document_page(request, 422, exc.message)
        field = str(form.get("field", "")) if action == "correct" else ""
        if field and located:  # pointed at the value: offer to learn its label (review/teach.py)
            return RedirectResponse(f"/doc/{document_id}/teach?" + urlencode({"field": field}), status_code=303)
        return RedirectResponse(f"/doc/{document_id}" + (f"#{anchor(field)}" if field else ""), status_code=303)

    async def correct(request: Request) -> Response:
        return await act(request, "correct")

    async def approve(request: Request) -> Response:
        return await act(request, "approve")

    async def reject(request: Request) -> Response:
        return await act(request, "reject")

    def page_png(request: Request) -> Response:
        document_id, n = request.path_params["doc_id"], request.path_params["page"]
        with lock:
            if not in_scope(document_id):
                return not_found()
            source = source_file(ledger.conn, document_id)
        # Rendered outside the lock: pdfium does not touch the ledger, and other pages should not wait.
        image = render_page(source, document_id, n, cache) if source is not None else None
        if image is None:
            return not_found()
        return FileResponse(image.png, media_type="image/png")

    async def document(request: Request) -> Response:
        return document_page(request)

    def scope() -> set[int] | None:
        return None if origin is None else documents_from(ledger, origin)

    def open_work(request: Request) -> HTMLResponse:
        with lock:
            documents = scope()
            loas = open_loas(ledger, documents=documents)
            fixes = corrections(ledger, documents)
        return page("open.html", loas=loas, corrections=fixes)

    def chase_list(request: Request) -> Response:
        with lock:
            data = chase_csv(open_loas(ledger, documents=scope()))
        name = f"chase-list-{dt.date.today().isoformat()}.csv"
        headers = {"content-disposition": f'attachment; filename="{name}"'}
        return Response(data, media_type="text/csv; charset=utf-8", headers=headers)

    routes = [
        Route("/", queue_page),
        Route("/doc/{doc_id:int}", document),
        Route("/doc/{doc_id:int}/page/{page:int}.png", page_png),
        Route("/doc/{doc_id:int}/correct", correct, methods=["POST"]),
        Route("/doc/{doc_id:int}/approve", approve, methods=["POST"]),
        Route("/doc/{doc_id:int}/reject", reject, methods=["POST"]),
        *learned_routes(ledger=ledger, lock=lock, page=page, in_scope=in_scope, reviewer=reviewer, knowledge=knowledge),
        Route("/open", open_work),
        Route("/open/chase.csv", chase_list),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        ledger.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(Guard, token=token)
    templates.globals["days"] = lambda age: f"{age.total_seconds() / 86400:.1f}"
    return app


def _located(form: Any) -> tuple[int, list[float]] | None:
    """The page and box a correction pointed at (`page`, `x0`, `top`, `x1`, `bottom` in PDF points), if any."""
    try:
        page_no = int(str(form.get("page", "")))
        box = [float(str(form.get(k, ""))) for k in ("x0", "top", "x1", "bottom")]
    except ValueError:
        return None
    if page_no < 1 or not all(0 <= v < 100_000 for v in box) or box[2] < box[0] or box[3] < box[1]:
        return None
    return page_no, box


def _item_issue(field: str) -> bool:
    # an issue of one policy number or holding is shown under that item, not above the form
    return field.startswith(tuple(f"{name}[" for name in LIST_FIELDS))


def anchor(field: str) -> str:
    """The id of a field's line on the document page: `f-plan_value`, `f-holdings-2` for any cell of row 2."""
    item = parse_item(field) if "[" in field else None
    return f"f-{item.field}-{item.index}" if item else f"f-{field}"


def new_token() -> str:
    """A fresh secret for one desk session."""
    return secrets.token_urlsafe(24)
