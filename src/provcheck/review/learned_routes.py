"""The desk's teaching routes: the proposal after a pointed correction, confirming it, and the learned wordings.

Kept apart from server.py so the routes of teaching read in one place; they run behind the same
Guard (token, same-origin POSTs, CSP) as every other route, and a taught or removed wording is put
in force in this process at once, so the desk's own re-validation uses it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from provcheck.errors import ConfigError, ReviewError, UnknownDocument
from provcheck.ledger import Ledger
from provcheck.ledger.review import latest_run
from provcheck.review.teach import forget, propose, teach
from provcheck.rules.knowledge import active, default_folder, forget_active, use_knowledge
from provcheck.rules.learned import LEARNED_FILE, read_learned


def learned_routes(
    *,
    ledger: Ledger,
    lock: threading.RLock,
    page: Callable[..., Response],
    in_scope: Callable[[int], bool],
    reviewer: str,
    knowledge: Path | None,
) -> list[Route]:
    """The routes, over the desk's ledger and the knowledge folder it was started with (else the default)."""
    folder = knowledge if knowledge is not None else default_folder()

    def not_found() -> Response:
        return page("message.html", 404, title="Not found", message="There is no such document in this ledger.")

    def proposal_page(request: Request, status: int = 200, message: str | None = None) -> Response:
        document_id = request.path_params["doc_id"]
        field = request.query_params.get("field", "")
        with lock:
            if not in_scope(document_id):
                return not_found()
            try:
                proposal = propose(ledger, document_id, field, {p.name for p in active().providers})
            except UnknownDocument:
                return not_found()
            except ReviewError as exc:
                return page("teach.html", 200, doc_id=document_id, proposal=None, reason=exc.message)
        return page("teach.html", status, doc_id=document_id, proposal=proposal, reason=message, folder=folder)

    async def confirm(request: Request) -> Response:
        document_id = request.path_params["doc_id"]
        form = await request.form()
        field, version = str(form.get("field", "")), str(form.get("version", ""))
        with lock:
            if not in_scope(document_id):
                return not_found()
            try:
                if str(latest_run(ledger, document_id).run_id) != version:
                    return page("message.html", 409, title="Changed", message=(
                        "The document changed since you saw the proposal; open it again."))  # fmt: skip
                proposal = propose(ledger, document_id, field, {p.name for p in active().providers})
                teach(folder, proposal, reviewer)
            except UnknownDocument:
                return not_found()
            except (ReviewError, ConfigError) as exc:
                return page("message.html", 422, title="Not learned", message=exc.message)
            _reload(knowledge)
        return RedirectResponse("/learned", status_code=303)

    def listing(request: Request) -> Response:
        with lock:
            try:
                wordings = read_learned(folder)
            except ConfigError as exc:
                return page("message.html", 500, title="Learned wordings", message=exc.message)
        return page("learned.html", wordings=list(enumerate(wordings)), path=folder / LEARNED_FILE)

    async def remove(request: Request) -> Response:
        form = await request.form()
        try:
            index = int(str(form.get("index", "")))
        except ValueError:
            return page("message.html", 400, title="Bad request", message="The form had no wording to remove.")
        key = (str(form.get("provider", "")).casefold(), str(form.get("field", "")),
               " ".join(str(form.get("label", "")).casefold().split()))  # fmt: skip
        with lock:
            try:
                forget(folder, index, key)
            except ConfigError as exc:
                return page("message.html", 409, title="Learned wordings", message=exc.message)
            _reload(knowledge)
        return RedirectResponse("/learned", status_code=303)

    return [
        Route("/doc/{doc_id:int}/teach", proposal_page),
        Route("/doc/{doc_id:int}/teach", confirm, methods=["POST"]),
        Route("/learned", listing),
        Route("/learned/remove", remove, methods=["POST"]),
    ]


def _reload(knowledge: Path | None) -> None:
    # The folder changed under the knowledge in force: read it again, so what this desk re-validates
    # (and what a check started from it reads) already knows the wording.
    forget_active()
    use_knowledge(knowledge)
