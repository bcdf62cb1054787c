"""From a query to what the plan summary shows, and the accounts dialog's connection test.

Plain Python (no widgets): the editor calls `summarize` after each edit (the plan door with
no network: owners are looked up only when a run starts), the accounts dialog calls
`test_connection` in a background thread.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import requests

from ...core.endpoint import EndpointSpec
from ...core.query import InvalidQuery, Query
from ...credentials.account import Account
from ...transport.auth import AuthenticationError, auth_for
from .plan_summary import Summary

CHECK_POST = "20"  # a public post that has existed since 2006: any server can look it up
CHECK_TIMEOUT = (10, 20)


class PlanPreview:
    def __init__(self, service, accounts, endpoints: Mapping, sandbox_url: str | None = None):
        self.service, self.accounts = service, accounts
        self.specs: dict[str, EndpointSpec] = {n: p.spec for n, p in endpoints.items()}
        self.sandbox_url = sandbox_url

    def summarize(self, query: Query) -> Summary:
        """What the plan door makes of `query` now, without sending anything: with `auto`,
        owners not seen yet this session are said to be looked up when the run starts."""
        try:
            prepared = self.service.prepare(query, look_up_owners=False)
        except InvalidQuery as invalid:
            return Summary(problems=invalid.problems)
        return Summary(estimate=prepared.estimate, pending_owners=len(prepared.pending_owners),
                       notes=_note_lines(prepared.plan.notes), curl=self._curl(prepared.plan))

    def _curl(self, plan) -> str:
        try:
            return self.service.curl_preview(plan.steps[0]) if plan.steps else ""
        except AuthenticationError as error:  # e.g. an account with no secrets yet
            return f"# No preview: {error}"

    def resolved(self, name: str) -> Account | None:
        """The account with its real URLs (a sandbox account: the running sandbox's)."""
        account = self.accounts.get(name)
        if account is not None and self.sandbox_url:
            account = account.with_sandbox_url(self.sandbox_url)
        return account

    def test_connection(self, name: str) -> str:
        """Look up one public post with the account's credentials: a request that proves they
        work without reading engagement (so it adds nothing to the monthly @handle bill)."""
        account = self.resolved(name)
        if account is None:
            raise RuntimeError(f"There is no account named '{name}'.")
        try:
            auth = auth_for(account, self.accounts.secrets(name))
        except AuthenticationError as error:
            raise RuntimeError(str(error).split(": run `")[0] + ": add them here and Save.") \
                from None
        url = f"{account.api_base_url}/2/tweets"
        try:
            response = requests.get(url, params={"ids": CHECK_POST}, auth=auth,
                                    timeout=CHECK_TIMEOUT)
        except requests.RequestException as error:
            raise RuntimeError(f"Could not reach {account.api_base_url} ({type(error).__name__}); "
                               "check the connection and the account's URLs.") from None
        if response.status_code in (401, 403):
            raise RuntimeError(f"{account.api_base_url} refused the credentials of '{name}' "
                               f"(HTTP {response.status_code}); check them, or log in again.")
        if response.status_code >= 400:
            raise RuntimeError(f"{account.api_base_url} answered HTTP {response.status_code}; "
                               "the credentials could not be checked, try again later.")
        return f"Connected: {account.api_base_url} accepted the credentials of '{name}'."


def _note_lines(notes) -> list[str]:
    """Pre-check notes grouped by message: '3 posts: older than 90 days …'."""
    counts = Counter(note.message for note in notes)
    return [f"{n} post{'s' * (n != 1)} skipped: {message}" for message, n in counts.items()]
