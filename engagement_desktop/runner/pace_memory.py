"""What the pacer learned of each server, kept in the data folder for the next run's estimate.

Before a run's first answer the pacer knows only the endpoint's declared limit, so a plan's
estimate against a slower server was far off ("about 3 s" for 44 s at 30/min). After a run,
the limit, the window's length and where its windows end, what was left of the last one and
the latency are kept per account, endpoint and base URL (another server is another limit), and
the next plan is estimated with them (runner.pace_forecast). Only the estimate uses them: the
pacer itself still learns the budget from the first answer, as another client may have spent
it since.

The file is a cache: a damaged or foreign one is ignored with a log line (and replaced by the
next run's), never an error; its values are checked, as anyone could have written it.
"""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from ..core.endpoint import EndpointSpec
from ..credentials.account import Account
from ..storage.atomic import write_text
from ..transport.rate_headers import LARGEST_LIMIT
from .pace_forecast import LearnedPace

log = logging.getLogger(__name__)
FILE_NAME = "learned-pace.json"
LARGEST_FILE = 1 << 20  # bytes; a few hundred pairs fit in a fraction of it
KEPT = 200  # pairs, the latest seen
LONGEST_WINDOW = 86_400.0  # seconds


class PaceMemory:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self._lock = threading.Lock()
        self._paces = self._load()

    def recall(self, account: Account | None, spec: EndpointSpec) -> LearnedPace | None:
        """What an earlier run learned for `account` (with the URL it is sent to) on `spec`."""
        if account is None:
            return None
        with self._lock:
            return self._paces.get(_key(account, spec))

    def remember(self, account: Account, spec: EndpointSpec, state, wall: float) -> None:
        """Keep the pacer's `state` (transport.ratelimit.RateState) of a pair, seen at `wall`
        (epoch seconds); a state with no limit in it (no answer yet) teaches nothing."""
        if state is None or not state.limit or state.window_left is None:
            return
        budget = None if state.budget is None else max(state.budget, 0)
        pace = LearnedPace(state.limit, state.window, wall + state.window_left, budget,
                           state.latency)
        with self._lock:
            key = _key(account, spec)
            self._paces.pop(key, None)  # the latest last: the oldest are dropped first
            self._paces[key] = pace
            while len(self._paces) > KEPT:
                del self._paces[next(iter(self._paces))]
            records = [{"account": k[0], "endpoint": k[1], "base_url": k[2], **vars(p)}
                       for k, p in self._paces.items()]
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_text(self.path, json.dumps({"version": 1, "paces": records}, indent=1))
            except OSError as err:  # a cache: the run's results matter, not this file
                log.warning("Could not keep the learned rate limits in %s (%s).", self.path,
                            err.strerror or type(err).__name__)

    def _load(self) -> dict[tuple[str, str, str], LearnedPace]:
        try:
            if self.path.stat().st_size > LARGEST_FILE:
                raise ValueError(f"larger than {LARGEST_FILE} bytes")
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return dict(_record(r) for r in data["paces"]) if data.get("version") == 1 else {}
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError,
                RecursionError) as err:  # the file's own text is never logged: anyone wrote it
            log.warning("Ignoring the learned rate limits in %s: it is damaged or not this "
                        "app's (%s); plans are estimated at the endpoints' declared limits "
                        "until a run learns them again.", self.path, type(err).__name__)
            return {}


def _key(account: Account, spec: EndpointSpec) -> tuple[str, str, str]:
    return account.name, spec.name, account.url_for(spec.family)


def _record(record: dict) -> tuple[tuple[str, str, str], LearnedPace]:
    """One kept pair; ValueError (TypeError, KeyError) when any of it is not as written."""
    key = tuple(record[name] for name in ("account", "endpoint", "base_url"))
    if not all(isinstance(part, str) for part in key):
        raise ValueError("a pair named by something else than text")
    pace = LearnedPace(_number(record["limit"], 1, LARGEST_LIMIT, whole=True),
                       _number(record["window"], 1.0, LONGEST_WINDOW),
                       _number(record["window_end"], 0.0, 1e11),
                       _optional(record["remaining"], 0, LARGEST_LIMIT, whole=True),
                       _optional(record["latency"], 0.0, LONGEST_WINDOW))
    return key, pace


def _number(value, low, high, whole: bool = False):
    """`value` when it is a number (a whole one if `whole`) from `low` to `high`; NaN and
    infinities fail the comparison."""
    if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)) \
            or not low <= value <= high:
        raise ValueError("a value out of range")
    return value if whole else float(value)


def _optional(value, low, high, whole: bool = False):
    return None if value is None else _number(value, low, high, whole)
