"""Where `report` gets each query's numbers and its posts' owners.

Numbers: the query's last finished job in the journal (the same query, as written), replayed
as `run --resume` replays steps; else the query is run through the run service, as `run`
runs it. Owners: the owner cache, then the owner lookup with a bearer account for the posts
it does not know. Accounts (and the in-process sandbox when none is configured) are set up
only when something has to be sent.
"""
from __future__ import annotations

import json
import threading
from contextlib import ExitStack
from dataclasses import asdict
from functools import partial

from ..core.endpoint import BEARER
from ..core.query import InvalidQuery, Query
from ..core.results import ResultSet
from ..errors import InvalidInput
from ..i18n import glossary
from ..paths import AppPaths
from ..runner.events import Finished, Progress, StepFailed
from ..runner.jobs import as_written
from ..runner.journal import Job, Journal, JournalError
from ..runner.owner_cache import OwnerCache
from .run_display import Display
from .terminal_text import shown


class SourceError(InvalidInput):
    """Bad input found while getting the numbers (exit code 2); the message says what to do."""


class Source:
    def __init__(self, paths: AppPaths, registry, display: Display, stack: ExitStack,
                 args, cancel: threading.Event):
        self.paths, self.registry, self.display = paths, registry, display
        self.stack, self.args, self.cancel = stack, args, cancel  # args: --base-url and its policy
        self._service = None
        self.auth_refused = False

    def journaled(self, query: Query) -> ResultSet | None:
        """The numbers of the query's last finished job, or None when it has none."""
        journal = self._service.journal if self._service else Journal(self.paths.data)
        try:
            job = last_finished(journal, query)
            if job is None:
                return None
            plugin = self.registry.endpoints.get(query.endpoint)
            result = ResultSet(query=query, metric_labels=self._labels(query),
                               rates=plugin.spec.rates if plugin else ())
            for step_id, rows, problems in journal.finished_steps(job.id):
                result.part_for(step_id).add_rows(rows)
                result.add_problems(problems)
        except JournalError as err:  # a damaged journal was kept aside: nothing to read
            self.display.line(f"warning: {err}")
            return None
        finally:
            if self._service is None:
                journal.close()
        result.provenance = {"endpoint": query.endpoint, "account": query.account,
                             "job_id": job.id, "finished": job.finished}
        self.display.line(f"Query '{shown(query.name)}': numbers of job {job.id} (finished "
                          f"{job.finished}) from the journal; --fresh runs it again.")
        return result

    def run(self, query: Query, workspace: str) -> ResultSet | None:
        """Run the query through the plan door and the one fold, as `run` does; None when it
        was cancelled. The service remembers the owners it finds in the owner cache."""
        service = self.service(query)  # it remembers the owners it finds in the owner cache
        try:
            prepared = service.prepare(query, cancel=self.cancel)
        except InvalidQuery as invalid:
            raise SourceError(f"query '{shown(query.name)}' cannot run; change this:\n" + "\n".join(
                f"  {p.field}: {p.message}" for p in invalid.problems)) from None
        self.display.line(f"Query '{shown(query.name)}': running it.")
        display = Display(self.display.stream)  # each run shows its own job line
        fold, finished = service.fold(prepared), None
        for event in service.run(prepared, cancel=self.cancel):
            fold.add(event)
            if isinstance(event, StepFailed):
                self.auth_refused |= event.status == 401
            elif isinstance(event, Progress):
                display.progress(event, workspace, query.name)
            elif isinstance(event, Finished):
                finished = event
        display.end_progress()
        if finished is None or finished.cancelled:
            return None
        return fold.result

    def owners(self, query: Query, post_ids: list[str]) -> tuple[dict[str, str], list[str]]:
        """post → owner @handle from the cache, asking the lookup for the others when a bearer
        account exists; and notes on what could not be known."""
        cache = self._service.owner_cache if self._service else OwnerCache(self.paths.data)
        bearer, lookup = None, None
        if len(cache.known(post_ids)) < len(set(post_ids)):  # accounts only when asking
            service = self.service(query)
            cache = service.owner_cache  # one copy of the file in memory: no lost writes
            bearer = next((a.name for a in service.accounts.list() if a.kind == BEARER), None)
            lookup = None if bearer is None else partial(
                _lookup, transport=service.transport, bearer_account=bearer, cancel=self.cancel)
        owners, problems = cache.owners(post_ids, lookup)
        notes = [f"warning: {cache.problem}"] if cache.problem else []
        unknown = len(set(post_ids) - set(owners))
        if unknown:
            why = ("no bearer account is configured to look them up" if bearer is None else
                   "the owner lookup could not find them"
                   + (f" ({problems[0].message})" if problems else ""))
            notes.append(f"{unknown} post(s) are under 'unknown @handle': {why}.")
        return owners, notes

    def service(self, query: Query):
        """The run service, set up on first need with the accounts `run` would use."""
        if self._service is None:
            from ..credentials.usage_ledger import UsageLedger
            from ..runner.service import RunService
            from .run_setup import check_base_url, run_accounts
            check_base_url(self.args, self.display)
            accounts, sandbox_url, demo = run_accounts(self.paths, query, self.args,
                                                       self.display, self.stack)
            self._service = RunService(
                self.paths, self.registry, accounts, UsageLedger(self.paths.data),
                sandbox_base_url=sandbox_url, demo_accounts=demo,
                allow_insecure_sandbox=self.args.allow_insecure_http)
            self.stack.callback(self._service.close)
        return self._service

    def _labels(self, query: Query) -> dict[str, str]:
        plugin = self.registry.endpoints.get(query.endpoint)
        return glossary.relabeled(dict(plugin.spec.metric_labels)) if plugin else {}


def last_finished(journal: Journal, query: Query) -> Job | None:
    """The newest finished job of exactly this query (IDs, metrics, dates, account...)."""
    wanted = json.loads(json.dumps(asdict(query), sort_keys=True, default=str))
    return next((job for job in journal.jobs() if job.finished and as_written(job) == wanted),
                None)


def _lookup(post_ids: list[str], **kwargs):
    from ..runner.routing import lookup_owners
    return lookup_owners(post_ids, **kwargs)
