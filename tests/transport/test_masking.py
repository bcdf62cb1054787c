"""No secret reaches a log file or a request preview."""
import json
import logging

from transport_fixtures import BASE, BEARER_SECRETS, ENTERPRISE_SPEC, OAUTH1_SECRETS

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER, HttpRequest
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.transport.curl_preview import curl_command
from engagement_desktop.transport.masking import configure_logging, mask, remember

SECRET_VALUES = [*OAUTH1_SECRETS.present().values(), *BEARER_SECRETS.present().values()]


def test_mask_hides_every_remembered_secret_and_credential_shaped_values():
    remember(["s3cr3t-value-1", "s3cr3t-value-12"])
    text = mask('token s3cr3t-value-12 and s3cr3t-value-1; Authorization: Bearer xyz.abc '
                'OAuth oauth_consumer_key="k1", oauth_signature="sig%3D"')
    assert "s3cr3t" not in text and "xyz.abc" not in text and "k1" not in text
    assert "sig%3D" not in text and text.count("***") == 5


def test_log_records_with_secrets_in_their_arguments_are_written_masked(tmp_path):
    remember(SECRET_VALUES)
    path = configure_logging(tmp_path / "logs")
    logger = logging.getLogger("engagement_desktop.test")
    logger.warning("sending with %s and %r", OAUTH1_SECRETS.consumer_secret,
                   {"token": BEARER_SECRETS.bearer_token})
    try:
        raise RuntimeError(f"boom {OAUTH1_SECRETS.access_token_secret}")
    except RuntimeError:
        logger.exception("failed")
    for handler in logging.getLogger("engagement_desktop").handlers:
        handler.flush()
    written = path.read_text()
    assert "sending with ***" in written and "boom ***" in written
    assert not any(secret in written for secret in SECRET_VALUES)


def test_every_text_of_a_record_is_masked_at_the_handler_for_the_handlers_after_it_too(
        tmp_path):
    remember([*SECRET_VALUES, "stacked_k9Qw"])
    path = configure_logging(tmp_path / "logs")
    seen: list[logging.LogRecord] = []
    root = logging.getLogger()
    later = logging.Handler()  # one the app did not install: the root logger's
    later.emit = seen.append
    root.addHandler(later)

    def stacked_k9Qw():  # a name that is a secret: it shows in the record's stack
        try:
            raise RuntimeError(f"boom {OAUTH1_SECRETS.access_token}")
        except RuntimeError:
            logging.getLogger("engagement_desktop.test").exception(
                "echoed %s", BEARER_SECRETS.bearer_token, stack_info=True)
    try:
        stacked_k9Qw()
    finally:
        root.removeHandler(later)
    for handler in logging.getLogger("engagement_desktop").handlers:
        handler.flush()
    shown = logging.Formatter().format(seen[-1])
    assert shown.startswith("echoed ***") and "boom ***" in shown and "in ***" in shown
    written = path.read_text()
    assert "echoed ***" in written and "in ***" in written
    assert not any(secret in shown + written for secret in [*SECRET_VALUES, "stacked_k9Qw"])


def test_curl_preview_shows_the_request_with_its_credentials_masked():
    account = Account("owner", OAUTH1_USER, base_url=BASE)
    body = {"tweet_ids": ["20"], "engagement_types": ["favorites"]}
    command = curl_command(HttpRequest("POST", ENTERPRISE_SPEC.path, json=body), account,
                           OAUTH1_SECRETS, ENTERPRISE_SPEC.family)
    assert command.startswith("curl --compressed -X POST " + BASE + ENTERPRISE_SPEC.path)
    assert "oauth_consumer_key=\"***\"" in command and "oauth_signature=\"***\"" in command
    assert json.dumps(body) in command
    assert not any(secret in command for secret in SECRET_VALUES)


def test_curl_preview_of_a_bearer_account_masks_the_token():
    account = Account("app", BEARER, base_url=BASE)
    command = curl_command(HttpRequest("POST", ENTERPRISE_SPEC.path, json={}), account,
                           BEARER_SECRETS, ENTERPRISE_SPEC.family)
    assert "'Authorization: Bearer ***'" in command
    assert BEARER_SECRETS.bearer_token not in command


def test_curl_preview_of_an_account_not_logged_in_still_shows_where_the_header_goes():
    account = Account("new", BEARER, base_url=BASE)
    command = curl_command(HttpRequest("POST", ENTERPRISE_SPEC.path, json={}), account,
                           Secrets(), ENTERPRISE_SPEC.family)
    assert "'Authorization: ***'" in command


def test_logs_go_only_to_the_log_dir_configured_last(tmp_path):
    first = configure_logging(tmp_path / "one")
    assert configure_logging(tmp_path / "one") == first
    second = configure_logging(tmp_path / "two")
    logging.getLogger("engagement_desktop.test").warning("where does this go")
    for handler in logging.getLogger("engagement_desktop").handlers:
        handler.flush()
    assert "where does this go" in second.read_text()
    assert "where does this go" not in first.read_text()


def test_a_secret_cut_short_where_a_message_quotes_a_body_is_hidden_too():
    remember(["q7Zk9vXw55Lm"])  # no word another test may have registered as a secret
    text = mask("not JSON: '{\"errors\": \"we know q7Zk9v…'.")
    assert "q7Zk" not in text and "know ***…" in text
