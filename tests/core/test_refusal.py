"""The one reader of server refusals: the endpoint parsers and the host's own requests share it."""
import json
import math

import pytest

from engagement_desktop.core.refusal import decode_object, refusal_body, refused
from engagement_desktop.core.rows import ResponseError


def test_a_404_advises_checking_the_named_account_setting_and_keeps_the_servers_words():
    message = refused(404, "no such route", "X API URL")
    assert message.startswith("The server refused the request (HTTP 404): there is nothing at")
    assert "Check the X API URL in the account's settings." in message
    assert message.endswith(" The server said: no such route")


def test_a_refusal_without_advice_or_words_says_the_server_gave_no_reason():
    assert refused(400, None, "X API URL") == ("The server refused the request (HTTP 400) "
                                               "without saying why.")


def test_a_refusal_without_a_json_body_is_final_and_a_garbled_one_is_retried():
    assert refusal_body(b"<html>Forbidden</html>", 403) == {}
    assert refusal_body(b'\xef\xbb\xbf {"detail": "x"}', 400) == {"detail": "x"}
    with pytest.raises(ResponseError, match="is not JSON"):
        refusal_body(b'{"detail": "cut sh', 400)


def test_a_body_that_is_not_a_json_object_is_described_not_echoed():
    with pytest.raises(ResponseError, match="1000 bytes of binary data"):
        decode_object(bytes(range(200)) * 5, 200)
    with pytest.raises(ResponseError, match="JSON but not an object"):
        decode_object(b"[1, 2]", 200)


# The fast decoder's objects are json.loads's; what it refuses, json.loads decides.
SAME_AS_JSON = [
    b'{"a": {"2026-11-01": {"00": "551", "01": "0"}}, "b": [1, 2.5, -0, true, null]}',
    b'{"big": 123456789012345678901234567890, "u64": 18446744073709551615}',  # ints stay ints
    b'{"a": 1, "b": 0, "a": 2}',  # a repeated key: the last value, the first place
    b'\xef\xbb\xbf{"bom": "1"}',  # a byte-order mark: msgspec refuses, json.loads reads it
    '{"utf16": "1"}'.encode("utf-16"),
    b'{"nan": NaN, "inf": -Infinity}',
    b'{"lone": "\\ud800"}',
    b'{"deep": ' + b"[" * 900 + b"]" * 900 + b"}",
]


@pytest.mark.parametrize("body", SAME_AS_JSON, ids=range(len(SAME_AS_JSON)))
def test_a_body_decodes_to_what_json_loads_makes_of_it(body):
    decoded, expected = decode_object(body, 200), json.loads(body)
    assert list(decoded) == list(expected)
    if "nan" in expected:  # NaN is not equal to itself
        assert math.isnan(decoded["nan"]) and decoded["inf"] == -math.inf
    else:
        assert decoded == expected
        assert all(type(decoded[key]) is type(expected[key]) for key in expected)


@pytest.mark.parametrize("body", [b'{"a": 1,}', b'{"a": "x\x01"}', b"[" * 100_000, b'{"a": 1'],
                         ids=["trailing comma", "control character", "too deep", "cut short"])
def test_a_body_neither_decoder_reads_is_a_response_error(body):
    with pytest.raises(ResponseError, match="is not JSON"):
        decode_object(body, 200)
