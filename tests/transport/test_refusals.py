"""The server's words in a refusal to the host's own requests: read, masked, cut short."""
import json

import pytest

from engagement_desktop.transport.masking import remember
from engagement_desktop.transport.refusals import LONGEST, refusal_reason


@pytest.mark.parametrize("body, words", [
    ({"detail": "Unauthorized"}, "Unauthorized"),
    ({"errors": [{"code": 32, "message": "Could not authenticate you"}]},
     "Could not authenticate you"),
    ({"errors": ["first", {"detail": "second"}, 7]}, "first; second"),
    ({"title": "  ", "errors": "not a list"}, None),
])
def test_the_servers_words_are_read_from_any_usual_shape(body, words):
    assert refusal_reason(json.dumps(body).encode(), 401) == words


@pytest.mark.parametrize("body", [b"<html>nope</html>", b'{"errors": [', b"", b"[1, 2]"])
def test_a_body_with_no_readable_refusal_gives_no_words(body):
    assert refusal_reason(body, 403) is None


def test_the_words_are_masked_before_they_are_cut_short():
    secret = "refusal-secret-" + "x" * 40
    remember([secret])
    said = refusal_reason(json.dumps({"detail": "y" * (LONGEST - 20) + secret}).encode(), 400)
    assert secret[:8] not in said and said.endswith("***")
    long = refusal_reason(json.dumps({"detail": "z" * 1000}).encode(), 400)
    assert len(long) == LONGEST + 1 and long.endswith("…")
