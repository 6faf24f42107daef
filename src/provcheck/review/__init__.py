"""The review desk (spec/review.md): the queue, corrections, approval and rejection, and the desk's server."""

from provcheck.review.desk import Desk, QueueItem, queue, reviewer_name, top_reason
from provcheck.review.export import export_batch

__all__ = ["Desk", "QueueItem", "export_batch", "queue", "reviewer_name", "top_reason"]
