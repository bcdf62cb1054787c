"""The one reader of server refusals: the endpoint parsers and the host's own requests share it."""
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
