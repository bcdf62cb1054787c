"""Issue 13, item 5: an answer is bounded in size (decompressed, as it arrives) and in time.
A gzip bomb and an endless body are cut off at the request's cap, trickling headers or a
trickling body at its deadline; each ends as a problem of its posts with a message, the run goes on, and the step
is not journaled, so a resume fetches it whole from a sound server."""
import gzip
import json
import zlib

import pytest
from hostile_server import HostileServer
from reliability_fixtures import raw_text_in
from totals_workspace import POSTS, run_totals, secrets_found

from engagement_desktop.cli.outcome import OK, PROBLEMS
from engagement_desktop.core.rows import TOO_LARGE, TOO_SLOW
from engagement_desktop.sandbox.server import SandboxServer
from engagement_desktop.transport.bounded_body import AnswerCut, read_bounded
from engagement_desktop.transport.client import FLOOR_BYTES, HttpClient
from engagement_desktop.transport.sessions import Timeouts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("mode", ["gzip-bomb", "endless"])
def test_a_bomb_or_an_endless_body_is_cut_off_and_a_resume_fetches_the_posts(home, mode):
    with HostileServer(mode) as server:
        ran = run_totals(home, server.base_url, "out.json")
    assert ran.returncode == PROBLEMS, ran.stderr
    assert raw_text_in(ran.stderr) == []
    for post in POSTS:
        assert f"post {post}: {TOO_LARGE}: The server's answer grew past 16 MB" in ran.stderr
    assert not (home.root / "out.json").exists()  # every request failed: nothing to write
    job = ran.stderr.split("--resume ")[1].split()[0]
    with SandboxServer() as sandbox:  # nothing was lost: the resume fetches every post
        resumed = run_totals(home, sandbox.base_url, "out.json", resume=job)
    assert resumed.returncode == OK, resumed.stderr
    document = json.loads((home.root / "out.json").read_text())
    assert {row["post_id"] for row in document["rows"]} == set(POSTS)
    assert secrets_found(home, ran.stdout + ran.stderr + resumed.stderr) == []


class StepClock:
    """A clock that moves a second each time it is read."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.mark.parametrize("mode", ["trickle", "trickle-head"])
def test_trickling_headers_or_a_trickling_body_end_at_the_request_deadline(mode):
    clock = StepClock()
    client = HttpClient(Timeouts(total=5), clock=clock)
    with HostileServer(mode, interval=0.02) as server:
        with pytest.raises(AnswerCut) as cut:
            client.exchange("GET", f"{server.base_url}/2/tweets?ids=1")
        client.close()
    assert cut.value.kind == TOO_SLOW
    assert str(cut.value).startswith("The server was still sending its answer after 5 s")
    assert clock.now < 20  # the reads stopped at the deadline, not at the answer's end


def test_the_cap_counts_decompressed_bytes_of_gzip_and_deflate_alike():
    big = b"0" * 2_000
    for packed, encoding in ((gzip.compress(big), "gzip"), (zlib.compress(big), "deflate")):
        pieces = iter([packed[:10], packed[10:]])
        assert read_bounded(lambda _size, p=pieces: next(p, b""), encoding, 2_000) == big
        pieces = iter([packed])
        with pytest.raises(AnswerCut) as cut:
            read_bounded(lambda _size, p=pieces: next(p, b""), encoding, 1_999)
        assert cut.value.kind == TOO_LARGE


def test_an_answer_without_a_named_limit_is_held_to_the_floor():
    with HostileServer("endless") as server:
        with pytest.raises(AnswerCut) as cut:
            HttpClient().exchange("GET", f"{server.base_url}/2/tweets?ids=1")
    assert cut.value.kind == TOO_LARGE
    assert f"{FLOOR_BYTES / 1_000_000:g} MB" in str(cut.value)
