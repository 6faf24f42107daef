"""The review desk (spec/review.md): the queue, corrections, approval and rejection, and the desk's server."""

from provcheck.review.desk import Desk, QueueItem, queue, reviewer_name, top_reason

__all__ = ["Desk", "QueueItem", "export_batch", "queue", "reviewer_name", "top_reason"]


def __getattr__(name: str):  # noqa: ANN202 - the exports (and the extractor behind them) load when used
    if name == "export_batch":
        from provcheck.review.export import export_batch

        return export_batch
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
