"""Exporters: one write-only module per output format, all reading only the model.

``ExportContext`` gathers what an exporter may read (the article, its version
code, the site profile, the link list, the photo bytes); ``context_for`` builds
it from the store, so exporters never see SQL.
"""

from deskeditor.export.context import (
    ExportContext,
    ExportOptions,
    PhotoBytes,
    check_exportable,
    context_for,
)

__all__ = ["ExportContext", "ExportOptions", "PhotoBytes", "check_exportable", "context_for"]
