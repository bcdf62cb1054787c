"""A simulated per-minute server on a fake clock, for the pacer's tests: it counts requests per
calendar minute when they arrive, `latency` after they leave, and answers carry
`x-per-minute-limit`/`-remaining`. Time moves only when the limiter sleeps or a sender waits
for a free connection."""
import heapq
import random
import threading

from engagement_desktop.transport.ratelimit import RateLimiter

MINUTE_WALL = 1_699_999_980.0  # epoch seconds at the start of a calendar minute


class SimulatedServer:
    """`start`: seconds into the calendar minute when the clock reads 0; `used`: requests that
    minute had counted before (another run's), so its budget is partly spent."""

    def __init__(self, limit, latency, concurrency, jitter=0.0, seed=1, start=10.0, used=0):
        self.limit, self.latency, self.concurrency = limit, latency, concurrency
        self.jitter, self.random = jitter, random.Random(seed)
        self.start, self.now = start, 0.0
        self.counted: dict[int, int] = {self.minute(0.0): used}  # minute → requests counted
        self.refused = 0
        self.in_flight: list[tuple[float, int, int, int]] = []  # (answered at, seq, ticket, status)
        self.seq = 0
        self.most_in_flight = 0  # the most requests on the wire at once
        self.limiter = self.new_limiter()

    def wall(self):
        return MINUTE_WALL + self.start + self.now

    def minute(self, at):
        return int((MINUTE_WALL + self.start + at) // 60)

    def new_limiter(self):
        """A pacer as a new session makes it (nothing learned), on this server's clocks."""
        return RateLimiter(60, lambda: self.now, self.wall, self.sleep)

    def sleep(self, cancel, seconds):
        self.advance(self.now + max(seconds, 0))

    def advance(self, until):
        while self.in_flight and self.in_flight[0][0] <= until:
            self.now, _, ticket, status = heapq.heappop(self.in_flight)[0:4]
            self.limiter.observe(status, self.headers_of(status), ticket)
        self.now = max(self.now, until)

    def headers_of(self, status):
        counted = self.counted.get(self.minute(self.now), 0)
        return {"x-per-minute-limit": str(self.limit),
                "x-per-minute-remaining": str(max(self.limit - counted, 0))}

    def send(self, ticket):
        arrives = self.now + self.latency + self.random.uniform(0, self.jitter)
        minute = self.minute(arrives)
        allowed = self.counted.get(minute, 0) < self.limit
        self.counted[minute] = self.counted.get(minute, 0) + allowed
        self.refused += not allowed
        self.seq += 1
        heapq.heappush(self.in_flight, (arrives + 0.001, self.seq, ticket, 200 if allowed else 429))
        self.most_in_flight = max(self.most_in_flight, len(self.in_flight))

    def run(self, requests):
        """Send `requests` through the limiter; the seconds from the start to the last answer."""
        began, cancel = self.now, threading.Event()
        for _ in range(requests):
            while len(self.in_flight) >= self.concurrency:
                self.advance(self.in_flight[0][0])
            self.send(self.limiter.acquire(cancel))
        while self.in_flight:
            self.advance(self.in_flight[0][0])
        return self.now - began
