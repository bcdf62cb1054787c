"""Deterministic synthetic engagement: a cumulative count per (post, metric) in closed form.

Every metric is a running count C(t) that never decreases, so an hour's value is
C(end) − C(start) and any sum over hours — a day, a week, a lifetime — is one difference.
Totals therefore equal the sum of the hourly series without looping over hours.

Impressions: C(t) = ⌊G(w(t))⌋ with t the hours since creation,
  G(w) = A·(1 − e^(−w/τ)) + B·ln(1 + w/24)   a burst after posting, then a long tail;
  w(t) = t + k₁(sin θ₁(t) − sin θ₁(0)) + k₂(sin θ₂(t) − sin θ₂(0))
  a day/night rhythm (period 24 h, phase per post) and a faster wiggle, with
  dw/dt ≥ 1 − a₁ − a₂ > 0 so that the count never decreases.
Every other metric m: C_m(t) = ⌊r_m · C_impressions(t)⌋ with 0 ≤ r_m ≤ 1, so each hour
impressions ≥ m ≥ 0 (in particular impressions ≥ engagements).
Parameters come from a hash of the post ID (and metric), so the same request gives the same
numbers on every machine and run.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import posts

_HOUR = 3600.0
_TWO_PI = 2 * math.pi

# Share of impressions, (low, high), and what a post needs for the metric to be non-zero.
_RATES: dict[str, tuple[float, float, str]] = {
    "engagements": (0.01, 0.08, ""), "favorites": (0.003, 0.03, ""),
    "retweets": (0.0005, 0.006, ""), "quote_tweets": (0.0001, 0.001, ""),
    "replies": (0.0005, 0.005, ""), "video_views": (0.1, 0.6, "video"),
    "media_views": (0.05, 0.5, "media"), "media_engagements": (0.005, 0.03, "media"),
    "url_clicks": (0.001, 0.02, ""), "hashtag_clicks": (0.0, 0.005, ""),
    "detail_expands": (0.005, 0.04, ""), "permalink_clicks": (0.0005, 0.005, ""),
    "app_install_attempts": (0.0, 0.0005, ""), "app_opens": (0.0, 0.001, ""),
    "email_tweet": (0.0, 0.0003, ""), "user_follows": (0.0, 0.002, ""),
    "user_profile_clicks": (0.001, 0.01, ""), "link_clicks": (0.001, 0.02, ""),
    "profile_visits": (0.001, 0.01, ""), "unique_video_views": (0.08, 0.4, "video"),
    "video_starts": (0.15, 0.7, "video"), "video_completions": (0.01, 0.1, "video"),
    "video_played_25_percent": (0.08, 0.4, "video"),
    "video_played_50_percent": (0.05, 0.3, "video"),
    "video_played_75_percent": (0.02, 0.2, "video"), "bookmarks": (0.0005, 0.005, ""),
    "shares": (0.0002, 0.003, ""), "unfollows": (0.0, 0.0005, ""),
    "unlikes": (0.0, 0.002, ""),
}


def _uniforms(key: str, count: int) -> list[float]:
    digest = hashlib.blake2b(key.encode(), digest_size=8 * count).digest()
    return [int.from_bytes(digest[i:i + 8], "big") / 2**64 for i in range(0, 8 * count, 8)]


@dataclass(frozen=True)
class PostModel:
    created: float  # epoch seconds
    size: float  # A: impressions in the burst
    decay: float  # τ, hours
    tail: float  # B
    k1: float
    phase1: float
    k2: float
    period2: float
    phase2: float
    media: bool
    video: bool

    def impressions(self, instants: np.ndarray) -> np.ndarray:
        """C_impressions at each epoch-second instant (int64; 0 at or before creation)."""
        return impressions([self], instants[None, :])[0]

    def derive(self, metric: str, impressions: np.ndarray, post_id: int) -> np.ndarray:
        """C_metric from C_impressions at the same instants."""
        if metric == "impressions":
            return impressions
        rate = metric_rate(post_id, metric)
        return np.floor(impressions * rate).astype(np.int64)


@lru_cache(maxsize=8192)
def model(post_id: int) -> PostModel:
    u = _uniforms(f"post:{post_id}", 8)
    a1 = 0.3 + 0.4 * u[3]
    a2 = 0.2 * u[4]  # a1 + a2 ≤ 0.9 keeps w increasing
    period2 = 5.3 + 3.0 * u[5]
    size = 10 ** (2.3 + 2.7 * u[0])
    return PostModel(created=posts.created_ms(post_id) / 1000, size=size,
                     decay=3.0 + 30.0 * u[1], tail=size * (0.02 + 0.1 * u[2]),
                     k1=a1 * 24 / _TWO_PI, phase1=_TWO_PI * u[6], k2=a2 * period2 / _TWO_PI,
                     period2=period2, phase2=_TWO_PI * u[7], media=u[6] < 0.6,
                     video=u[7] < 0.35 and u[6] < 0.6)


def impressions(models: list[PostModel], instants: np.ndarray) -> np.ndarray:
    """C_impressions of each post (a row of `instants` each, epoch seconds), int64. The posts
    of a request are computed together: the same operations on each element as one post at a
    time, in one array operation instead of one per post."""
    def column(values) -> np.ndarray:  # one parameter of every post, beside its row
        return np.array(list(values), np.float64).reshape(-1, 1)

    t_abs = instants / _HOUR
    t0 = column(p.created / _HOUR for p in models)
    age = np.maximum(t_abs - t0, 0.0)
    k1, phase1 = column(p.k1 for p in models), column(p.phase1 for p in models)
    k2, phase2 = column(p.k2 for p in models), column(p.phase2 for p in models)
    period2 = column(p.period2 for p in models)
    start1 = column(math.sin(_TWO_PI * (p.created / _HOUR) / 24 + p.phase1) for p in models)
    start2 = column(math.sin(_TWO_PI * (p.created / _HOUR) / p.period2 + p.phase2)
                    for p in models)
    w = (age
         + k1 * (np.sin(_TWO_PI * t_abs / 24 + phase1) - start1)
         + k2 * (np.sin(_TWO_PI * t_abs / period2 + phase2) - start2))
    w = np.maximum(w, 0.0)
    g = (column(p.size for p in models) * -np.expm1(-w / column(p.decay for p in models))
         + column(p.tail for p in models) * np.log1p(w / 24))
    return np.where(age > 0, np.floor(g), 0).astype(np.int64)


@lru_cache(maxsize=65536)
def metric_rate(post_id: int, metric: str) -> float:
    low, high, needs = _RATES[metric]
    post = model(post_id)
    if needs == "media" and not post.media or needs == "video" and not post.video:
        return 0.0
    return low + (high - low) * _uniforms(f"rate:{post_id}:{metric}", 1)[0]


def known(metric: str) -> bool:
    return metric == "impressions" or metric in _RATES


def totals(post_id: int, metrics: list[str], now: float) -> dict[str, int]:
    """Lifetime counts at `now` (epoch seconds): C(now) for each metric."""
    post = model(post_id)
    imp = post.impressions(np.array([now]))
    return {m: int(post.derive(m, imp, post_id)[0]) for m in metrics}


def hourly(post_id: int, metrics: list[str], start: float, hours: int, now: float,
           floors: dict[str, float] | None = None) -> dict[str, np.ndarray]:
    """Each metric's count per hour for `hours` hours from `start` (epoch seconds)."""
    counts = counts_at([post_id], metrics, start, np.arange(hours + 1), now, floors)
    return dict(zip(metrics, np.diff(counts)[0]))


def counts_at(post_ids: list[int], metrics: list[str], start: float, cuts: np.ndarray,
              now: float, floors: dict[str, float] | None = None) -> np.ndarray:
    """Each post's and metric's running count C at each of `cuts` hours after `start` (epoch
    seconds), int64 (posts, metrics, cuts): a bucket's count is the difference of C at its
    bounds.

    Instants after `now` count only up to `now`; before a metric's floor (`floors[metric]`,
    epoch seconds) nothing counts, so hours starting before it read zero. The metrics sharing
    a floor are derived from one impressions curve a post, every post in one array operation:
    a request's hundreds of (post, metric) series were as many small numpy calls, most of the
    sandbox's time per answer.
    """
    models = [model(post_id) for post_id in post_ids]
    instants = start + _HOUR * np.asarray(cuts, np.int64)
    created = np.array([post.created for post in models], np.float64).reshape(-1, 1)
    out = np.empty((len(post_ids), len(metrics), len(cuts)), np.int64)
    lows = [(floors or {}).get(metric, -math.inf) for metric in metrics]
    for low in dict.fromkeys(lows):
        rows = [n for n, metric_low in enumerate(lows) if metric_low == low]
        curves = impressions(models, np.clip(instants, np.maximum(low, created), max(now, low)))
        # impressions × 1.0 is exact (counts stay far below 2**53), so the impressions row is
        # the curve itself, as derive() gives it.
        rates = np.array([[1.0 if metrics[n] == "impressions" else metric_rate(post_id, metrics[n])
                           for n in rows] for post_id in post_ids],
                         np.float64).reshape(len(post_ids), len(rows))
        out[:, rows] = np.floor(curves[:, None, :] * rates[:, :, None]).astype(np.int64)
    return out
