"""Every test runs with the sample corpus's knowledge folder in force (spec/record.md "Knowledge").

The invented houses the samples are drawn for live in samples/knowledge/, outside the bundled
registry, so they can never match a real document; the samples, and tests built on them, pass it.
Set in the environment so worker processes (forkserver) see it as well. What a run keeps in the
cache folder (rules/cache.py) goes to a folder of the session's own.
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

SAMPLE_KNOWLEDGE = Path(__file__).resolve().parents[1] / "samples" / "knowledge"
os.environ["PROVCHECK_KNOWLEDGE"] = str(SAMPLE_KNOWLEDGE)

# What the runs keep (rules/cache.py) goes to a folder of the test session's, not the user's cache.
CACHE = tempfile.mkdtemp(prefix="provcheck-test-cache-")
os.environ["PROVCHECK_CACHE"] = CACHE
atexit.register(shutil.rmtree, CACHE, True)
