"""Issue 13, item 10: without a reachable secure keyring, `accounts remove` does not claim to
have removed secrets; a malformed stdin line never echoes what may be a pasted secret;
`sandbox --host 0.0.0.0` warns."""
from __future__ import annotations

import pytest

import json
import subprocess
import sys

from reliability_fixtures import AppHome, raw_text_in

pytestmark = pytest.mark.bad_input

SECRET = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"  # noqa: E501 - the shape of a real bearer token


def every_file_text(home: AppHome) -> str:
    return "".join(p.read_text(errors="replace") for p in home.root.rglob("*") if p.is_file())


def test_remove_without_a_reachable_keyring_does_not_claim_the_secrets_went(home):
    home.config.mkdir(parents=True)
    (home.config / "accounts.json").write_text(json.dumps(
        {"format_version": 1, "accounts": [{"name": "me", "kind": "bearer"}]}))
    result = home.cli("accounts", "remove", "me")
    assert result.returncode == 1, result.stderr
    assert "keyring secrets" not in result.stdout and "Removed account 'me'." in result.stdout
    assert "were not removed" in result.stderr and raw_text_in(result.stderr) == []


def test_a_malformed_stdin_line_never_echoes_a_pasted_secret_holding_an_equals_sign(home):
    pasted = SECRET[:40] + "==" + SECRET[40:]
    result = subprocess.run([sys.executable, "-m", "engagement_desktop.cli", "accounts", "add",
                             "me", "--kind", "bearer", "--secrets-from-stdin"],
                            input=f"{pasted}\n", capture_output=True, text=True, env=home.env(),
                            cwd=home.root, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "the text before '=' is not a secret name" in result.stderr
    assert SECRET[:20] not in result.stdout + result.stderr + every_file_text(home)


def test_a_sandbox_on_every_interface_warns(home):
    process = subprocess.Popen([sys.executable, "-m", "engagement_desktop.cli", "sandbox",
                                "--host", "0.0.0.0", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=home.env(), cwd=home.root)
    try:
        warning = process.stderr.readline()
        assert warning.startswith("warning: --host 0.0.0.0") and "anyone on the network" in warning
    finally:
        process.kill()
        process.communicate()
