"""What happens to an answer: used, retried after a backoff, or an authentication failure.

Server errors (5xx), lost connections and garbled bodies are transient: retried with
exponential backoff and jitter (so parallel workers do not retry in lock step) up to
`max_attempts`. A 429 waits for the rate window instead and has its own, larger budget.
401 is the credentials' fault and retrying cannot fix it. Any other 4xx goes to the endpoint
plugin, which turns it into per-post problems.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

USE, RETRY, RATE_LIMITED, UNAUTHORIZED = "use", "retry", "rate-limited", "unauthorized"


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6  # sends per request, counting the first, for transient failures
    max_rate_limited: int = 30  # 429s per request before giving up
    # Seconds of nothing but 429s on an (account, endpoint) before its requests give up (and
    # the job can be resumed): a server that refuses for good does not hold a run for hours.
    max_rate_limited_wait: float = 960.0  # longer than a 15-minute window the server names
    base_delay: float = 0.5  # seconds before the first retry (on average half of it: jitter)
    max_delay: float = 30.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def backoff(self, failures: int) -> float:
        """Seconds to wait after the n-th transient failure: half to all of the exponential step."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (failures - 1))
        return self.rng.uniform(ceiling / 2, ceiling)


def classify(status: int) -> str:
    if status == 401:
        return UNAUTHORIZED
    if status == 429:
        return RATE_LIMITED
    if status >= 500:
        return RETRY
    return USE
