"""A server that answers 429 forever: the transport waits for its windows (on a fake clock here),
then gives up after the policy's bounded total with advice to resume, and the requests that
come after give up at once instead of each waiting that long again."""
import threading

import pytest
import responses

from engagement_desktop.core.endpoint import HttpRequest
from engagement_desktop.transport.ratelimit import RateLimits
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import GaveUp, Transport

from transport_fixtures import BASE, ENTERPRISE_SPEC, credentials

URL = BASE + ENTERPRISE_SPEC.path
REQUEST = HttpRequest("POST", ENTERPRISE_SPEC.path, json={"tweet_ids": ["20"]})


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept = 0.0

    def sleep(self, cancel, seconds):
        self.now += max(seconds, 0)
        self.slept += max(seconds, 0)


@pytest.fixture
def fake_transport():
    fake = FakeTime()
    limits = RateLimits(lambda: fake.now, lambda: 1_700_000_000.0 + fake.now, fake.sleep)
    sender = Transport(credentials(), policy=RetryPolicy(max_rate_limited=1000,
                                                         max_rate_limited_wait=600.0),
                       limits=limits)
    yield sender, fake
    sender.close()


@responses.activate
def test_429s_forever_give_up_after_the_bounded_total_with_resume_advice(fake_transport):
    sender, fake = fake_transport
    responses.post(URL, status=429, headers={"x-per-minute-limit": "300",
                                             "x-per-minute-remaining": "0"})
    with pytest.raises(GaveUp) as raised:
        sender.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(),
                    lambda status, headers, body: body)
    assert raised.value.status == 429
    assert "only 429" in str(raised.value) and "resume the job later" in str(raised.value)
    # Waited window after window, and not much longer than the bound.
    assert 600 <= fake.slept <= 600 + 61
    assert len(responses.calls) == pytest.approx(fake.slept / 60, abs=1.5)

    sent_before, slept_before = len(responses.calls), fake.slept
    with pytest.raises(GaveUp):
        sender.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(),
                    lambda status, headers, body: body)
    assert len(responses.calls) == sent_before and fake.slept == slept_before


@responses.activate
def test_an_answer_after_429s_ends_the_streak(fake_transport):
    sender, fake = fake_transport
    responses.post(URL, status=429, headers={"Retry-After": "500"})
    responses.post(URL, status=200, body=b"ok", headers={"x-per-minute-remaining": "10"})
    body = sender.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(),
                       lambda status, headers, body: body)
    assert body == b"ok" and fake.slept == pytest.approx(500)
    limiter = sender.limits.get("owner", ENTERPRISE_SPEC.name, 60)
    assert limiter.refused_for() == 0
