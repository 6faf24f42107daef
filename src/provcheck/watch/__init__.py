"""The watched folder: a second door into the pipeline, for files dropped into an inbox (spec/watch.md)."""

from provcheck.watch.service import WatchConfig, Watcher, WatchSummary, install_signal_handlers

__all__ = ["WatchConfig", "WatchSummary", "Watcher", "install_signal_handlers"]
