"""Every test runs with the sample corpus's knowledge folder in force (spec/record.md "Knowledge").

The invented houses the samples are drawn for live in samples/knowledge/, outside the bundled
registry, so they can never match a real document; the samples, and tests built on them, pass it.
Set in the environment so worker processes (forkserver) see it as well.
"""

import os
from pathlib import Path

SAMPLE_KNOWLEDGE = Path(__file__).resolve().parents[1] / "samples" / "knowledge"
os.environ["PROVCHECK_KNOWLEDGE"] = str(SAMPLE_KNOWLEDGE)
