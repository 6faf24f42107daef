"""CRM-ready export: neutral tables from clean results, rendered per mapping profile, written atomically."""

from provcheck.export.tables import ExportItem, Tables, build_tables
from provcheck.export.write import ExportSummary, atomic_write_bytes, write_exports

__all__ = ["ExportItem", "ExportSummary", "Tables", "atomic_write_bytes", "build_tables", "write_exports"]
