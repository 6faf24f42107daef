"""provcheck: turn UK provider paperwork into clean, checked data.

The library is the product; the CLI and the watched folder are two doors into it::

    from provcheck import check_paths, CheckOptions
    for result in check_paths(["inbox/"], CheckOptions()):
        print(result.status, result.source.path)
"""

__version__ = "0.1.0"

from provcheck.models import DocumentResult  # noqa: E402
from provcheck.pipeline import CheckOptions, check_file, check_paths  # noqa: E402

__all__ = ["CheckOptions", "DocumentResult", "__version__", "check_file", "check_paths"]
