"""Plain http:// only to this computer; never a password in a URL."""
import pytest

from engagement_desktop.credentials.url_policy import InsecureURL, check_url


@pytest.mark.parametrize("url", ["https://api.x.com", "http://127.0.0.1:8000",
                                 "http://localhost:9", "http://[::1]:80", "http://127.8.9.10"])
def test_https_anywhere_and_plain_http_to_this_computer_are_fine(url):
    assert check_url(url) is None


@pytest.mark.parametrize("url", ["http://api.x.com", "http://192.168.1.5:8000", "http://[2001:db8::1]"])
def test_plain_http_to_another_computer_is_refused_saying_why_and_how_to_allow_it(url):
    with pytest.raises(InsecureURL, match="unencrypted.*--allow-insecure-http.*allow_insecure_http"):
        check_url(url)


def test_plain_http_allowed_deliberately_is_warned_about():
    warning = check_url("http://192.168.1.5:8000", allow_insecure_http=True)
    assert "192.168.1.5" in warning and "unencrypted" in warning


@pytest.mark.parametrize("url", ["https://me:hunter22@api.x.com", "http://me:hunter22@127.0.0.1:9"])
def test_a_url_with_a_password_is_refused_without_showing_the_password(url):
    with pytest.raises(InsecureURL, match="user name or password") as err:
        check_url(url, allow_insecure_http=True)
    assert "hunter22" not in str(err.value) and "me:" not in str(err.value)

