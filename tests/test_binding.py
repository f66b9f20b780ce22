"""The Qt binding itself: reference counts must survive a day of signals.

PySide6 6.12.0 on Python 3.11 dropped None's reference count once per signal
emission into a Python slot that returns None (and in calls such as
QTextBlock.textList()); after about a thousand typed characters the interpreter
aborted with "Fatal Python error: none_dealloc". This guards any future release
that CI is asked to run. (From Python 3.12 None, True and False are immortal and
their counts do not move at all.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("binding_probe.py")
ROUNDS = 3000


def test_signals_and_text_cursor_calls_keep_reference_counts():
    done = subprocess.run(
        [sys.executable, str(PROBE), str(ROUNDS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    assert done.returncode == 0, f"the probe died (exit {done.returncode}): {done.stderr[-800:]}"
    drift = json.loads(done.stdout.strip().splitlines()[-1])
    # The probe warms the caches first; a leak is at least one reference per round.
    assert all(abs(delta) < 20 for delta in drift.values()), drift
