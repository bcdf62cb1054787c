"""`engagement-desktop report`: the analyst's views of a workspace's queries, written to a file.
Its arguments, help and exit codes are in cli/arguments.py; the views are core/analysis's,
the same the window shows.
"""
from __future__ import annotations

import argparse
import re
import sys
import threading
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.analysis import (HANDLE_MEDIAN, Preset, build_heatmap, build_table,
                             compare_periods, compare_to_handle_median, parse_filter,
                             parse_preset, parse_sort, result_end)
from ..core.analysis import local_time
from ..core.analysis.view_files import check_target, view_paths, write_views
from ..core.analysis.views import (COMPARISON, HEATMAP, TABLE, View, comparison_view,
                                   heatmap_view, table_view)
from ..core.query import Query
from ..errors import InvalidInput
from ..i18n.glossary import api_name
from ..paths import AppPaths
from ..plugins.export_guard import ExportGuard
from ..transport.auth import AuthenticationError
from ..transport.cancel import Cancelled
from ..storage import scratch
from ..transport.masking import configure_logging
from .outcome import AUTH, CANCELLED, INVALID, outcome, worst
from . import names
from .report_source import Source
from .run_display import Display
from .run_setup import cancel_on_interrupt, workspace_queries
from .terminal_text import shown


class _Invalid(InvalidInput):
    """Bad input: the message says what to change (exit code 2)."""


@dataclass(frozen=True)
class Options:
    """The views asked for, checked before anything is read or sent."""
    dims: list[str]
    rates: bool | list[str]  # every rate the metrics allow, none, or those named
    heatmap: str | None
    tz: object
    compare: Preset | None
    measure: str | None
    sort: object
    filters: list
    top: int | None
    target: Path


def main(args: argparse.Namespace) -> int:
    display = Display(sys.stderr)
    try:
        with ExitStack() as stack:
            return _report(args, display, stack)
    except InvalidInput as err:  # ours, the source's, a journal's or a workspace's
        display.line(f"error: {err}")
        return INVALID
    except AuthenticationError as err:
        display.line(f"error: {err}")
        return AUTH
    except Cancelled:
        display.line("Cancelled.")
        return CANCELLED


def options_of(args: argparse.Namespace) -> Options:
    try:
        dims = [names.dimension(d) for d in args.by]
        if len(set(dims)) < len(dims):
            raise ValueError("A dimension is listed twice in --by; list each once.")
        if args.top is not None and (args.top < 1 or not args.sort):
            raise ValueError("--top N needs N of at least 1 and a --sort column to rank by.")
        target = Path(args.export)
        check_target(target)
        # A metric or rate by its API name or the window's English label ("Likes").
        heatmap, measure = (api_name(v) if v else v for v in (args.heatmap, args.measure))
        # --rates alone: every rate the metrics allow; with names: only those.
        rates = False if args.rates is None else \
            [name for written in args.rates for name in names.names(written)] or True
        return Options(dims, rates, heatmap, local_time.zone(args.tz),
                       parse_preset(args.compare) if args.compare else None, measure,
                       parse_sort(names.sort(args.sort)) if args.sort else None,
                       [parse_filter(names.filter_text(f)) for f in args.filter], args.top,
                       target)
    except ValueError as err:
        raise _Invalid(str(err)) from None


def _report(args: argparse.Namespace, display: Display, stack: ExitStack) -> int:
    from ..plugins.registry import load_registry

    options = options_of(args)
    paths = AppPaths.default().ensure()
    configure_logging(paths.logs)
    scratch.claim(paths.data / "scratch")  # and what a killed export left there goes
    stack.callback(scratch.release)
    queries = [names.with_metrics(q, args.metrics)
               for q in workspace_queries(args.workspace, args.query)]
    targets = _targets(options.target, [query.name for query in queries])
    wanted_views = [_with_query_comparison(options, query) for query in queries]
    guard = _guarded(paths, wanted_views, targets, args)
    cancel = threading.Event()
    cancel_on_interrupt(cancel, stack)
    source = Source(paths, load_registry(paths), display, stack, args, cancel)
    codes = []
    for query, target, wanted in zip(queries, targets, wanted_views):
        result = None if args.fresh else source.journaled(query)
        if result is None:
            result = source.run(query, args.workspace)
        if result is None:
            display.line(f"Cancelled while running '{shown(query.name)}'; nothing was written for it.")
            return CANCELLED
        handles, notes = _handles(source, query, result, wanted)
        for note in notes:
            display.line(note if note.startswith("warning:") else f"Note: {note}")
        try:
            views = _views(result, wanted, handles, query.name,
                           [n for n in notes if not n.startswith("warning:")])
        except ValueError as err:
            raise _Invalid(f"query '{shown(query.name)}': {err}") from None
        for path in write_views(views, target, args.export_language):
            guard.remember(path)
            display.line(f"Wrote {path}")
        if result.problems:
            display.line(f"Query '{shown(query.name)}': {len(result.problems)} problem(s) in its "
                         "numbers; `run` lists them per post.")
        codes.append(outcome(result.problems))
    return AUTH if source.auth_refused else worst(codes)


def _targets(target: Path, names: list[str]) -> list[Path]:
    """Where each query's views go: the --export file, or with several queries STEM-QUERY.EXT,
    the query's name made safe for a file name (no folder, no control character) and kept
    apart from the others' ("-2" after a name taken already)."""
    if len(names) == 1:
        return [target]
    targets: list[Path] = []
    for name in names:
        stem = re.sub(r"[^\w.-]+", "-", name, flags=re.ASCII).strip(".-")[:60] or "query"
        unique, number = stem, 1
        while target.with_name(f"{target.stem}-{unique}{target.suffix}") in targets:
            number += 1
            unique = f"{stem}-{number}"
        targets.append(target.with_name(f"{target.stem}-{unique}{target.suffix}"))
    return targets


def _guarded(paths: AppPaths, wanted: list[Options], targets: list[Path],
             args: argparse.Namespace) -> ExportGuard:
    """The export guard, after it allowed every file the views will go to (before anything is
    read or sent): never the workspace, the app's own files or a file it did not export; an
    earlier export only with --overwrite."""
    guard = ExportGuard(paths)
    for options, target in zip(wanted, targets):
        kinds = [TABLE] + [HEATMAP] * bool(options.heatmap) + [COMPARISON] * bool(options.compare)
        for path in view_paths(kinds, target):
            guard.check(path, Path(args.workspace), args.overwrite)
    return guard


def _with_query_comparison(options: Options, query: Query) -> Options:
    """The comparison the query carries (its baseline was planned and fetched with it) when
    --compare names none."""
    if options.compare is not None or not (query.compare or "").strip():
        return options
    return replace(options, compare=parse_preset(query.compare))


def _handles(source: Source, query: Query, result, options: Options):
    """The posts' owners when a view needs them: grouped or compared by @handle."""
    needs = "handle" in options.dims or (options.compare and options.compare.name == HANDLE_MEDIAN)
    if not needs:
        return None, []
    return source.owners(query, [p for p in result.post_ids() if p is not None])


def _views(result, options: Options, handles, name: str, notes: list[str]) -> list[View]:
    table = build_table(result, options.dims, rates=options.rates, tz=options.tz,
                        handles=handles, sort=options.sort, filters=options.filters,
                        top=options.top)
    if options.rates is True and table.rates_note:  # asked for, and none can be given
        raise ValueError(f"--rates: {table.rates_note} Or list the metrics to ask for with "
                         "--metrics.")
    views = [table_view(table, f"{name}: table", notes)]
    if options.heatmap:
        views.append(heatmap_view(build_heatmap(result, options.heatmap, tz=options.tz),
                                  f"{name}: best time, {options.heatmap}"))
    if options.compare:
        if not (options.measure or table.columns):
            raise ValueError("These results hold no numbers to compare.")
        measure = options.measure or table.columns[0].name
        views.append(comparison_view(_comparison(result, options, handles, measure),
                                     f"{name}: {options.compare.label}"))
    return views


def _comparison(result, options: Options, handles, measure: str):
    preset = options.compare
    if preset.name == HANDLE_MEDIAN:
        return compare_to_handle_median(result, measure, handles or {})
    end = result_end(result)
    if end is None:
        raise ValueError("Comparing periods needs hourly or daily numbers; these results have "
                         "none. Run a series query over both periods.")
    recent, baseline = preset.periods(end)
    by = "handle" if "handle" in options.dims else "post"
    return compare_periods(result, measure, recent, baseline, by=by, handles=handles)
