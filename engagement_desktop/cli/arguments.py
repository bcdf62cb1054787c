"""What every subcommand accepts, declared apart from the commands' bodies: building the parser
imports none of them, so `engagement-desktop plan` loads only what planning needs (no Qt, no
numpy, no network or keyring libraries). Each body is `<name>_command.main(args) -> int`.
"""
from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from .. import __version__
from ..core.endpoint import AUTH_KINDS
from ..credentials.account import DEFAULT_API_BASE_URL, DEFAULT_BASE_URL
from ..credentials.url_policy import FLAG as INSECURE_FLAG
from ..i18n.glossary import languages, vocabulary
from .names import DIMENSIONS

USAGE = ("engagement-desktop [--home DIR] [WORKSPACE.json]\n"
         "       engagement-desktop COMMAND [ARGS...]")
DESCRIPTION = "With no command, opens the window (on WORKSPACE.json if given)."

PLAN_HELP = """Validate a workspace's queries and print the requests they would send — method, path,
parameters or JSON body, account and window — then the estimate. Sends nothing.

Invalid input (bad IDs, groupings or dates, an unknown account, a corrupt workspace) prints
the problems and exits with 2. A damaged account list is set aside with a warning on stderr,
and the queries are planned as with no account configured."""

RUN_HELP = """Runs one query of a workspace (the first unless --query names one), shows progress on stderr,
prints a summary of problems per post and writes each --export file (the extension picks the
format: .csv, .xlsx, .json, ...). Every run is journaled: if it is interrupted, the job ID it
printed resumes it with --resume, fetching only what is missing.

With no account configured it runs against the built-in sandbox (demo data) and says so.
--base-url points the sandbox accounts (or the demo accounts) at a sandbox already serving
there instead of starting one in this process.

Only rows of the posts asked for are kept, and every post asked for ends with values or a
listed problem: an answer that leaves a post out or speaks of posts not asked for says so.

Exit codes: 0 done, 1 done with problems, 2 invalid input, 3 authentication refused,
4 done, but the server's answers left posts out or spoke of posts not asked for (listed as
problems), 130 cancelled."""

REPORT_HELP = """The analyst's views of a workspace's queries, written to --export (.csv, .json or .xlsx):

  table       rows grouped --by any nesting of handle, post, day, week, weekday, hour and
              hour-of-day; a column per metric, and with --rates the engagement, like,
              repost, reply, quote, link click-through, video view and completion rates
              (ratios of sums); a totals row; --filter, --sort and --top choose the rows
  heatmap     --heatmap METRIC: weekday × hour of day of a metric or rate, in --tz
  comparison  --compare RECENT:BASELINE (days, e.g. 7:28 or 28:365) or handle-median:
              each post's (or, with --by handle, each @handle's) --measure against its
              baseline, with the change and outliers flagged; without --compare, the
              comparison a query carries ("compare" in the workspace), whose baseline its
              plan fetched with it

Each query's numbers are read from its last finished job in the journal when there is one
(stderr says which job), else the query is run as `run` does; --fresh always runs it.
@handles come from the owner cache in the data folder; posts not in it are looked up once
with a bearer account (the sandbox's demo app when none is configured), else they are shown
as "unknown @handle". CSV: the table at PATH, the heatmap and comparison beside it
(STEM.heatmap.csv, STEM.comparison.csv); each file begins with `#` notes on how its numbers
are computed. With several queries, each gets its own file (STEM-QUERY.EXT).

Exit codes, as `run`'s (with several queries, the one to look at most): 0 done, 1 done with
problems, 2 invalid input, 3 authentication refused, 4 done, but the server's answers left
posts out or spoke of posts not asked for, 130 cancelled."""
# The window's English words beside the API's: every option naming a metric takes either.
NAMED = ("\n\nMetrics are printed as the window names them, the API name in brackets: "
         "Likes (favorites), Reposts (retweets), Quotes (quote_tweets); --metrics takes either "
         "name, in any case.")
PLAN_HELP += NAMED
RUN_HELP += NAMED
REPORT_HELP += ("\n\nMetrics and rates, as the window names them (API name in brackets; "
                "--metrics, --rates, --sort, --filter, --heatmap and --measure accept either, "
                "in any case):\n" + textwrap.fill(
                    ", ".join(vocabulary()) + ".", 95, initial_indent="  ",
                    subsequent_indent="  "))

ACCOUNTS_HELP = """List, add, remove, rename and log in accounts (with no command: list them).

Secrets come from environment variables (ED_CONSUMER_KEY, ED_CONSUMER_SECRET, ED_ACCESS_TOKEN,
ED_ACCESS_TOKEN_SECRET, ED_BEARER_TOKEN), stdin (`--secrets-from-stdin`, KEY=value lines) or a
hidden prompt, never from arguments: arguments show in the process list and in shell history."""

USAGE_HELP = """Unique @handles queried per month.

Enterprise billing counts unique post-owner @handles per calendar month (UTC) and the API cannot
report it, so this is the app's own count of what it queried."""

SANDBOX_HELP = """Serve the built-in emulator of every endpoint until Ctrl+C.

All endpoints (enterprise, v2, token endpoints) share the printed base URL. The demo accounts'
tokens are printed only by `sandbox accounts --json` (they open nothing but the sandbox)."""

PLUGINS_HELP = """Every plugin found, and why any of them is not used.

Lists the endpoint and exporter plugins from installed packages (entry points) and from the
user plugin folder, with kind, version, the plugin API version each targets and where it comes
from; a plugin that failed (import error, wrong API version, name clash, ...) is shown with
its error. Listing is not a failure: the exit code is 0 even when some plugins failed."""


@dataclass(frozen=True)
class Command:
    module: str  # the body: imported only when this command is chosen
    summary: str  # one line, in the list of commands
    description: str  # the command's --help
    declare: Callable[[argparse.ArgumentParser], None]  # adds its arguments


def _workspace(parser: argparse.ArgumentParser, query_help: str) -> None:
    """The workspace file, the --query picking one of its queries and --metrics (plan, run,
    report)."""
    parser.add_argument("workspace", help="a workspace file (.json)")
    parser.add_argument("--query", metavar="NAME", help=query_help)
    parser.add_argument("--metrics", metavar="LIST", help="ask for these metrics instead of the "
                        "query's, comma-separated, by API name or label: 'Likes, impressions'")


def _export_language(parser: argparse.ArgumentParser) -> None:
    """--export-language: the files' headers and sheet names in a language (run, report)."""
    parser.add_argument("--export-language", choices=languages(), metavar="LANG",
                        help="headers and sheet names of CSV, JSON and XLSX exports in this "
                             "language (en or es); values stay machine-readable. Default: "
                             "columns as the API names them, sheet names in English")


def _base_url(parser: argparse.ArgumentParser, insecure_help: str) -> None:
    """--base-url and the flag allowing it plain http:// elsewhere (run, report)."""
    parser.add_argument("--base-url", metavar="URL", help="a sandbox already serving at this URL, "
                                                          "for the sandbox or demo accounts")
    parser.add_argument(INSECURE_FLAG, action="store_true", help=insecure_help)


def _plan(parser: argparse.ArgumentParser) -> None:
    _workspace(parser, "plan only this query (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--now", metavar="ISO", help="plan as if it were this UTC time")


def _run(parser: argparse.ArgumentParser) -> None:
    _workspace(parser, "the query to run (default: the first)")
    parser.add_argument("--export", metavar="PATH", action="append", default=[],
                        help="write the result here; the extension picks the format "
                             "(repeat for several files)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace an --export file this app wrote earlier (other files, the "
                             "workspace and the app's own files are never replaced)")
    _export_language(parser)
    parser.add_argument("--resume", metavar="JOB", help="resume an interrupted job (its ID was "
                                                        "printed when it started)")
    _base_url(parser, "allow a plain http:// --base-url on another computer (tokens then "
                      "cross the network unencrypted; warned on every run)")




# The report's options naming one view or measure: flag, its value's name and its help, one a
# row, columns two spaces apart.
_VIEW_OPTIONS = [re.split(r" {2,}", line) for line in """
--heatmap  METRIC           add the best-time heatmap of this metric or rate (hourly numbers), \
by API name or label: favorites or Likes
--tz       ZONE             time zone of the time dimensions and the heatmap, e.g. Europe/Madrid \
(default UTC)
--compare  RECENT:BASELINE  add the recent-vs-baseline comparison: days (7:28, 28:365) or \
handle-median
--measure  NAME             the metric or rate the comparison reads (default: the first metric)
""".strip().splitlines()]


def _report(parser: argparse.ArgumentParser) -> None:
    _workspace(parser, "only this query (default: each one)")
    parser.add_argument("--by", nargs="+", default=[], metavar="DIMENSION",
                        help="group the table's rows, outermost first: " + ", ".join(
                            f"{name} ({words[0]})" if words else name
                            for name, words in DIMENSIONS.items()))
    parser.add_argument("--rates", nargs="*", metavar="RATE",
                        help="add rates as columns: every rate the metrics allow, or only those "
                             "named (API name or label: like_rate or 'Like rate')")
    for flag, metavar, help_text in _VIEW_OPTIONS:
        parser.add_argument(flag, metavar=metavar, help=help_text)
    parser.add_argument("--top", type=int, metavar="N",
                        help="only the N first rows per level (needs --sort)")
    parser.add_argument("--sort", metavar="COLUMN", help="order rows by a column (API name or "
                        "label), largest first ('COLUMN asc' for smallest first)")
    parser.add_argument("--filter", metavar="EXPR", action="append", default=[],
                        help="keep rows passing it, e.g. 'impressions >= 1000' or 'Likes > 5' "
                             "(repeatable)")
    parser.add_argument("--fresh", action="store_true",
                        help="run the queries even when the journal has a finished job")
    parser.add_argument("--export", metavar="PATH", required=True,
                        help="where the views go; .csv, .json or .xlsx")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace views this app exported earlier (other files, the "
                             "workspace and the app's own files are never replaced)")
    _export_language(parser)
    _base_url(parser, "let --base-url be plain http:// to another computer (as for run)")


def _accounts(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="COMMAND")
    parser.set_defaults(action="list")  # `accounts` alone lists them
    actions.add_parser("list", help="the accounts and whether their secrets are ready")

    add = actions.add_parser("add", help="add an account (secrets from env, stdin or a prompt)")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=AUTH_KINDS)
    add.add_argument("--base-url", default=DEFAULT_BASE_URL,
                     help="the enterprise Engagement API (default %(default)s)")
    add.add_argument("--api-base-url", default=DEFAULT_API_BASE_URL,
                     help="X API v2 and the token endpoints (default %(default)s)")
    add.add_argument("--user-id", help="the account's numeric user ID, if known")
    add.add_argument("--screen-name", help="the account's @handle, if known")
    add.add_argument(INSECURE_FLAG, action="store_true",
                     help="allow plain http:// base URLs to another computer (tokens and keys "
                          "then cross the network unencrypted; warned on every use)")
    _secrets_from_stdin(add)

    remove = actions.add_parser("remove", help="remove an account and its keyring secrets")
    remove.add_argument("name")

    rename = actions.add_parser("rename", help="rename an account (its secrets move along)")
    rename.add_argument("old")
    rename.add_argument("new")

    login = actions.add_parser("login", help="get tokens: the PIN flow for oauth1-user, an "
                                             "app-only bearer for bearer, a new token for "
                                             "oauth2-user")
    login.add_argument("name")
    _secrets_from_stdin(login)

    sandbox = actions.add_parser("add-sandbox", help="add the sandbox's demo accounts")
    sandbox.add_argument("--base-url", help="a sandbox already serving at this URL (default: the "
                                            "in-process sandbox, started when needed)")


def _secrets_from_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--secrets-from-stdin", action="store_true",
                        help="read secrets as KEY=value lines from stdin (keys: consumer_key, "
                             "consumer_secret, access_token, access_token_secret, bearer_token)")


def _usage(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--month", help="also list the handles of this month (YYYY-MM)")


def _sandbox(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument("--rate-limit", type=int, metavar="N",
                        help="requests per minute per token and endpoint (default 300)")
    parser.add_argument("--faults", metavar="SPEC",
                        help="e.g. latency=200ms,429=0.1,500=0.05,drop=0.02,garble=0.01")
    parser.add_argument("--now", metavar="ISO", help="freeze the clock, e.g. 2026-03-01T12:00:00Z")
    parser.add_argument("--no-strict-gzip", action="store_true",
                        help="answer enterprise requests without Accept-Encoding: gzip (no 406)")
    views = parser.add_subparsers(dest="view", metavar="accounts")
    accounts = views.add_parser("accounts", help="the sandbox's demo accounts",
                                description="the sandbox's demo accounts")
    accounts.add_argument("--json", action="store_true", help="every key, as a JSON list")


def _plugins(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


COMMANDS = {
    "plan": Command("engagement_desktop.cli.plan_command", "validate a workspace query and print "
                    "its requests; sends nothing", PLAN_HELP, _plan),
    "run": Command("engagement_desktop.cli.run_command", "run a workspace query and export the "
                   "result", RUN_HELP, _run),
    "accounts": Command("engagement_desktop.cli.accounts_command", "list, add, remove and log in "
                        "accounts", ACCOUNTS_HELP, _accounts),
    "usage": Command("engagement_desktop.cli.usage_command", "unique @handles queried per month "
                     "(billing unit)", USAGE_HELP, _usage),
    "sandbox": Command("engagement_desktop.cli.sandbox_command", "serve the built-in emulator of "
                       "every endpoint", SANDBOX_HELP, _sandbox),
    "plugins": Command("engagement_desktop.cli.plugins_command", "list plugins and the errors of "
                       "those that failed", PLUGINS_HELP, _plugins),
    "report": Command("engagement_desktop.cli.report_command", "analyst views (rates, heatmap, "
                      "comparison) to a file", REPORT_HELP, _report),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="engagement-desktop", usage=USAGE,
                                     description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"engagement-desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands",
                                     required=True, prog="engagement-desktop")
    for name, command in COMMANDS.items():
        declared = commands.add_parser(name, help=command.summary, description=command.description,
                                       formatter_class=argparse.RawDescriptionHelpFormatter)
        command.declare(declared)
    return parser
