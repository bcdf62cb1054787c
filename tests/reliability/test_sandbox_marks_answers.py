"""Issue 13, item 11 (the sandbox's part): every answer of the built-in sandbox, success or
refusal, carries a header saying it is demo data, so a client can tell it from a real server
whatever base URL reached it."""
import requests

from engagement_desktop.core.endpoint import SANDBOX_HEADER
from engagement_desktop.sandbox import accounts
from engagement_desktop.sandbox.server import SandboxServer


def test_every_sandbox_answer_is_marked_as_demo_data():
    with SandboxServer() as server:
        ok = requests.get(f"{server.base_url}/2/tweets", params={"ids": "20"}, timeout=5,
                          headers={"Authorization": f"Bearer {accounts.APP_BEARER}"})
        refused = requests.get(f"{server.base_url}/2/tweets", params={"ids": "20"}, timeout=5)
        missing = requests.get(f"{server.base_url}/nowhere", timeout=5)
    assert (ok.status_code, refused.status_code, missing.status_code) == (200, 401, 404)
    assert all(answer.headers[SANDBOX_HEADER] == "1" for answer in (ok, refused, missing))
