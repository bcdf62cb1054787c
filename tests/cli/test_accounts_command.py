"""`engagement-desktop accounts`, run in-process as a user would type it, against the real keyring."""
import io
import os
import re
import uuid

import keyring
import keyring.backends.fail
import pytest
import requests

from engagement_desktop.cli import main
from engagement_desktop.credentials.secret_store import SERVICE, is_secure
from engagement_desktop.paths import AppPaths

SECRET_ENV = {"ED_CONSUMER_KEY": "ck-cli-4f1e", "ED_CONSUMER_SECRET": "cs-cli-8a2b",
              "ED_ACCESS_TOKEN": "at-cli-0c3d", "ED_ACCESS_TOKEN_SECRET": "ats-cli-6e5f"}


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The app's config/data/log dirs under tmp_path, as HOME and XDG_* decide them."""
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    for var in SECRET_ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("ED_BEARER_TOKEN", raising=False)
    paths = AppPaths.default()
    assert str(paths.config).startswith(str(tmp_path))
    return paths


@pytest.fixture
def keyring_ready(home):
    """A secure keyring (a failure under CI, a skip elsewhere); entries the test made are removed."""
    if not is_secure(keyring.get_keyring()):
        message = f"no secure keyring ({keyring.get_keyring()!r}); run inside a Secret Service"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    yield home
    for name in names_in_index(home):
        try:
            keyring.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass


def names_in_index(paths) -> list[str]:
    index = paths.config / "accounts.json"
    return re.findall(r'"name": "([^"]+)"', index.read_text()) if index.exists() else []


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["accounts", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def files_text(paths) -> str:
    return "".join(p.read_text(errors="replace") for d in (paths.config, paths.data, paths.logs)
                   if d.exists() for p in d.rglob("*") if p.is_file())


def test_add_reads_secrets_from_environment_variables(keyring_ready, capsys, monkeypatch):
    name = unique("me")
    for var, value in SECRET_ENV.items():
        monkeypatch.setenv(var, value)
    code, out, _ = run(capsys, "add", name, "--kind", "oauth1-user", stdin="", monkeypatch=monkeypatch)
    assert code == 0 and f"Added account '{name}'" in out
    code, out, _ = run(capsys, "list")
    assert re.search(rf"{name}\s+oauth1-user\s+-\s+ready", out)
    assert keyring.get_password(SERVICE, name) is not None
    assert not any(v in out or v in files_text(keyring_ready) for v in SECRET_ENV.values())


def test_add_reads_key_value_lines_from_stdin(keyring_ready, capsys, monkeypatch):
    name = unique("app")
    code, out, _ = run(capsys, "add", name, "--kind", "bearer", "--secrets-from-stdin",
                       stdin="# my app\nED_BEARER_TOKEN=bt-stdin-77\n\n", monkeypatch=monkeypatch)
    assert code == 0
    assert re.search(rf"{name}\s+bearer\s+-\s+ready", run(capsys, "list")[1])


def test_add_asks_with_a_hidden_prompt_in_a_terminal(keyring_ready, capsys, monkeypatch):
    answers = iter(["ck-typed", "cs-typed", ""])  # Enter at the access token: get it by login
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or next(answers))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    name = unique("me")
    code, out, _ = run(capsys, "add", name, "--kind", "oauth1-user")
    assert code == 0
    assert [p.split(" (")[0] for p in asked] == ["Consumer key", "Consumer secret", "Access token"]
    assert f"accounts login {name}" in out
    assert re.search(rf"{name}\s+oauth1-user\s+-\s+missing access_token, access_token_secret",
                     run(capsys, "list")[1])


def test_secrets_are_never_taken_from_the_command_line(keyring_ready, capsys):
    assert main(["accounts", "add", "me", "--kind", "bearer", "--bearer-token", "bt-argv"]) == 2
    assert not (keyring_ready.config / "accounts.json").exists()


def test_missing_secrets_name_the_variables_to_set_and_exit_2(keyring_ready, capsys, monkeypatch):
    code, _, err = run(capsys, "add", "me", "--kind", "oauth1-user", stdin="", monkeypatch=monkeypatch)
    assert code == 2
    assert "missing consumer_key, consumer_secret" in err and "ED_CONSUMER_KEY" in err
    assert names_in_index(keyring_ready) == []


def test_a_malformed_stdin_line_is_named_without_echoing_it(keyring_ready, capsys, monkeypatch):
    code, _, err = run(capsys, "add", "me", "--kind", "bearer", "--secrets-from-stdin",
                       stdin="bt-pasted-alone\n", monkeypatch=monkeypatch)
    assert code == 2 and "line 1 is not KEY=value" in err and "bt-pasted-alone" not in err
    code, _, err = run(capsys, "add", "me", "--kind", "bearer", "--secrets-from-stdin",
                       stdin="token=bt-x\n", monkeypatch=monkeypatch)
    assert code == 2 and "'token' is not a secret name" in err and "bt-x" not in err


def test_rename_and_remove_keep_the_keyring_in_step(keyring_ready, capsys, monkeypatch):
    old, new = unique("old"), unique("new")
    run(capsys, "add", old, "--kind", "bearer", "--secrets-from-stdin", stdin="bearer_token=bt-r\n",
        monkeypatch=monkeypatch)
    assert run(capsys, "rename", old, new)[0] == 0
    assert keyring.get_password(SERVICE, old) is None and keyring.get_password(SERVICE, new)
    code, out, _ = run(capsys, "remove", new)
    assert code == 0 and "keyring secrets" in out
    assert keyring.get_password(SERVICE, new) is None
    assert names_in_index(keyring_ready) == []


def test_unknown_accounts_and_bad_names_exit_2_with_a_message(keyring_ready, capsys, monkeypatch):
    assert run(capsys, "remove", "ghost")[2] == "error: There is no account named 'ghost'.\n"
    code, _, err = run(capsys, "add", "auto", "--kind", "bearer", "--secrets-from-stdin",
                       stdin="bearer_token=x\n", monkeypatch=monkeypatch)
    assert code == 2 and "reserved" in err
    code, _, err = run(capsys, "login", "ghost")
    assert code == 2 and "accounts list" in err


def test_list_with_no_accounts_says_how_to_add_one(keyring_ready, capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0 and "accounts add-sandbox" in out


def test_accounts_alone_lists_them_as_list_does(keyring_ready, capsys, monkeypatch):
    run(capsys, "add", unique("alone"), "--kind", "bearer", "--secrets-from-stdin",
        stdin="bearer_token=bt-alone\n", monkeypatch=monkeypatch)
    code, out, _ = run(capsys)
    assert code == 0 and out == run(capsys, "list")[1] and "ready" in out


def test_a_damaged_account_list_is_kept_aside_and_the_command_still_works(keyring_ready, capsys):
    keyring_ready.config.mkdir(parents=True)
    (keyring_ready.config / "accounts.json").write_text("{truncated")
    code, out, err = run(capsys, "list")
    assert code == 0 and "No accounts" in out
    assert "damaged" in err and "accounts.json.corrupt-" in err
    assert [p.read_text() for p in keyring_ready.config.glob("accounts.json.corrupt-*")] == ["{truncated"]
    assert "(it is not valid JSON)" in err


@pytest.mark.parametrize("command", [("list",), ("add", "me", "--kind", "bearer")])
def test_a_folder_in_place_of_the_account_list_fails_with_exit_1_and_a_plain_message(
        home, capsys, command):
    (home.config / "accounts.json").mkdir(parents=True)
    code, out, err = run(capsys, *command)
    assert code == 1 and out == ""
    assert err == (f"error: The account list {home.config / 'accounts.json'} cannot be read: it "
                   "is a folder, not a file. Move or rename that folder and start again.\n")
    assert (home.config / "accounts.json").is_dir()


def test_without_a_secure_keyring_every_command_warns_in_one_line(home, capsys, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        code, out, err = run(capsys, "add", "me", "--kind", "bearer", "--secrets-from-stdin",
                             stdin="bearer_token=bt-session\n", monkeypatch=monkeypatch)
    finally:
        keyring.set_keyring(previous)
    assert code == 1  # the secret typed is gone when the command ends: not a success
    warning = err.splitlines()
    assert len(warning) == 1 and "session only" in warning[0]
    assert "gone when this command ends" in warning[0] and "accounts login me" in warning[0]
    assert "Added account 'me' (bearer)." in out  # the account itself is kept
    assert "bt-session" not in files_text(home)


DEMO_NAMES = ["demo-app", "demo-owner", "demo-analyst", "demo-creator", "demo-owner-oauth2"]


@pytest.fixture(scope="module")
def sandbox():
    from engagement_desktop.sandbox.server import SandboxServer
    with SandboxServer() as server:
        yield server


class BrowserUser:
    """stdin for `login`: opens the printed authorize address, authorizes, and types the PIN."""

    def __init__(self, capsys, screen_name: str):
        self.capsys, self.screen_name, self.printed = capsys, screen_name, ""

    def readline(self) -> str:
        self.printed = self.capsys.readouterr().out
        url = re.search(r"^(http\S+/oauth/authorize\S+)$", self.printed, re.M).group(1)
        page = requests.get(url, timeout=10).text
        choice = re.search(rf"value='(\d+)'[^>]*> @{self.screen_name}<", page).group(1)
        token = re.search(r"name='oauth_token' value='([^']+)'", page).group(1)
        done = requests.post(url, data={"oauth_token": token, "user": choice}, timeout=10)
        return re.search(r"id='pin'[^>]*>(\d+)<", done.text).group(1) + "\n"

    def isatty(self) -> bool:
        return False


def test_add_sandbox_adds_every_demo_account_ready_to_use(keyring_ready, capsys):
    code, out, _ = run(capsys, "add-sandbox")
    assert code == 0 and out.count("Added sandbox account") == 5
    listing = run(capsys, "list")[1]
    for name in DEMO_NAMES:
        assert re.search(rf"^{name}\s+\S+\s+\S+\s+ready\s+sandbox \(in-process\)$", listing, re.M)
    assert re.search(r"^demo-owner\s+oauth1-user\s+@demo_owner", listing, re.M)
    code, out, _ = run(capsys, "add-sandbox")  # again: nothing the user has is overwritten
    assert code == 0 and out.count("Skipped") == 5


def test_sandbox_accounts_need_no_login(keyring_ready, capsys):
    run(capsys, "add-sandbox")
    code, out, _ = run(capsys, "login", "demo-owner")
    assert code == 0 and "nothing to log in" in out


def test_login_fetches_an_app_bearer_from_a_servers_consumer_key(keyring_ready, sandbox, capsys,
                                                                  monkeypatch):
    app = next(a for a in sandbox.accounts if a["name"] == "demo-app")
    name = unique("app")
    run(capsys, "add", name, "--kind", "bearer", "--api-base-url", sandbox.base_url,
        "--secrets-from-stdin", stdin=f"consumer_key={app['consumer_key']}\n"
                                      f"consumer_secret={app['consumer_secret']}\n",
        monkeypatch=monkeypatch)
    assert re.search(rf"{name}\s+bearer\s+-\s+missing bearer_token", run(capsys, "list")[1])
    code, out, _ = run(capsys, "login", name)
    assert code == 0 and "app-only bearer" in out
    assert re.search(rf"{name}\s+bearer\s+-\s+ready", run(capsys, "list")[1])
    assert app["bearer_token"] in keyring.get_password(SERVICE, name)


def test_login_runs_the_pin_flow_and_records_the_user(keyring_ready, sandbox, capsys, monkeypatch):
    creator = next(a for a in sandbox.accounts if a["name"] == "demo-creator")
    name = unique("me")
    monkeypatch.setenv("ED_CONSUMER_KEY", creator["consumer_key"])
    monkeypatch.setenv("ED_CONSUMER_SECRET", creator["consumer_secret"])
    run(capsys, "add", name, "--kind", "oauth1-user", "--base-url", sandbox.base_url,
        "--api-base-url", sandbox.base_url, stdin="", monkeypatch=monkeypatch)
    monkeypatch.delenv("ED_CONSUMER_KEY")
    monkeypatch.delenv("ED_CONSUMER_SECRET")
    user = BrowserUser(capsys, "demo_creator")
    monkeypatch.setattr("sys.stdin", user)
    code = main(["accounts", "login", name])
    out = user.printed + capsys.readouterr().out
    assert code == 0, out
    assert "Open this address" in out and "as @demo_creator" in out
    assert re.search(rf"{name}\s+oauth1-user\s+@demo_creator\s+ready", run(capsys, "list")[1])
    assert creator["access_token_secret"] in keyring.get_password(SERVICE, name)


def test_login_with_a_refused_consumer_secret_exits_3(keyring_ready, sandbox, capsys, monkeypatch):
    name = unique("me")
    run(capsys, "add", name, "--kind", "oauth1-user", "--api-base-url", sandbox.base_url,
        "--secrets-from-stdin", stdin="consumer_key=sandbox-demo-app-consumer-key\n"
                                      "consumer_secret=wrong\n", monkeypatch=monkeypatch)
    code, _, err = run(capsys, "login", name)
    assert code == 3 and "consumer key or secret was refused" in err


def test_no_secret_is_left_in_any_app_file_after_adding_renaming_removing_and_logging_in(
        keyring_ready, sandbox, capsys, monkeypatch):
    run(capsys, "add-sandbox")
    run(capsys, "add-sandbox", "--base-url", sandbox.base_url)  # skipped: names taken
    run(capsys, "rename", "demo-app", "my-app")
    run(capsys, "remove", "demo-creator")
    run(capsys, "add", "remote-app", "--kind", "bearer", "--api-base-url", sandbox.base_url,
        "--secrets-from-stdin", stdin="consumer_key=sandbox-demo-app-consumer-key\nconsumer_secret="
                                      "sandbox-demo-app-consumer-secret-not-a-real-secret\n",
        monkeypatch=monkeypatch)
    assert run(capsys, "login", "remote-app")[0] == 0
    user = BrowserUser(capsys, "demo_analyst")
    monkeypatch.setattr("sys.stdin", io.StringIO("consumer_key=sandbox-demo-app-consumer-key\n"
                                                 "consumer_secret=sandbox-demo-app-consumer-secret-"
                                                 "not-a-real-secret\n"))
    run(capsys, "add", "remote-user", "--kind", "oauth1-user", "--base-url", sandbox.base_url,
        "--api-base-url", sandbox.base_url, "--secrets-from-stdin")
    monkeypatch.setattr("sys.stdin", user)
    assert main(["accounts", "login", "remote-user"]) == 0
    listing = run(capsys, "list")[1]
    assert "my-app" in listing and "remote-user" in listing and "demo-creator" not in listing

    secret_values = {value for demo in sandbox.accounts for key, value in demo.items()
                     if key in ("consumer_key", "consumer_secret", "access_token",
                                "access_token_secret", "bearer_token")}
    on_disk = files_text(keyring_ready)
    assert "remote-user" in on_disk  # the index is there, and holds names only
    assert sorted(v for v in secret_values if v in on_disk or v in listing) == []
