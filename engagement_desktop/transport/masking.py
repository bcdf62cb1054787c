"""Secrets never reach a log line or a preview: every known secret is replaced before it is written.

Secrets are registered explicitly where credentials are loaded (`remember`: the run service,
the token flows); `mask` hides them and anything that looks like a credential in an
Authorization header, so even a secret we were never told about (a header echoed by a server,
say) is not written out.
"""
from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import is_dataclass, replace
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ..i18n.phrases import Phrase, translate
from ..storage.unwritable import cannot_write

MASK = "***"
CUT = "…"  # how a message marks a server's text it cut short
LOG_FILE = "engagement-desktop.log"
_MIN_LENGTH = 4  # shorter values would mask ordinary words

_lock = threading.Lock()
_secrets: set[str] = set()
_pattern: re.Pattern | None = None

# Credentials by shape: bearer tokens, OAuth 1.0a header fields, Basic credentials.
_SHAPES = re.compile(
    r"(?P<scheme>\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/%=-]+"
    r"|(?P<field>\boauth_(?:consumer_key|token|signature|verifier)=\"?)[^\",&\s]+",
    re.IGNORECASE)


def remember(values: Iterable[str | None]) -> None:
    """Add secrets to hide from now on (empty and very short values are ignored)."""
    global _pattern
    fresh = {v for v in values if isinstance(v, str) and len(v) >= _MIN_LENGTH}
    with _lock:
        if fresh <= _secrets:
            return
        _secrets.update(fresh)
        # Longest first, so a secret containing another is hidden whole.
        ordered = sorted(_secrets, key=len, reverse=True)
        _pattern = re.compile("|".join(re.escape(s) for s in ordered))


def mask(text: str) -> str:
    """`text` with every known secret and every credential-shaped value replaced by ***. A
    Phrase (a plugin's message, say) stays a phrase, so the window can still say it in its
    language: its values and template are masked, not the sentence made of them."""
    if isinstance(text, Phrase):
        return _masked_phrase(text)
    pattern = _pattern
    if pattern is not None:
        text = _hide_cut_secrets(pattern.sub(MASK, text))
    return _SHAPES.sub(lambda m: (m.group("scheme") or m.group("field")) + MASK, text)


def _masked_phrase(phrase: Phrase) -> str:
    """`phrase` with masked values and template; the masked plain sentence when that is not
    enough (a secret cut across a value and the template) or the masked template breaks."""
    values = phrase.values
    if values is not None:  # words (a Term, Declared) keep their kind unless a secret is in them
        values = {key: _masked_value(value) for key, value in values.items()}
    try:
        made = Phrase(phrase.context, mask(str(phrase.template)), values)
    except (KeyError, IndexError, ValueError):
        return mask(str(phrase))
    return made if mask(str(made)) == str(made) else mask(str(phrase))


def _masked_value(value: object) -> object:
    if not isinstance(value, str):
        return value
    hidden = mask(value)
    return value if hidden == value else hidden


def _hide_cut_secrets(text: str) -> str:
    """Messages quote a server's text cut short with "…"; a secret the cut went through shows
    only its start, which the whole-secret pattern misses. Hide such starts too."""
    if CUT not in text:
        return text
    with _lock:
        secrets = list(_secrets)
    for secret in secrets:
        for end in range(len(secret) - 1, _MIN_LENGTH - 1, -1):
            text = text.replace(secret[:end] + CUT, MASK + CUT)
    return text


def masked(result):
    """`result` with the messages of its problems masked, when it has problems (a parsed page,
    the owner lookup's answer); anything else as it is. Rows hold numbers and IDs, not words."""
    problems = getattr(result, "problems", None)
    if not (is_dataclass(result) and isinstance(problems, list)):
        return result
    return replace(result, problems=[replace(p, message=mask(p.message)) for p in problems])


class MaskingFilter(logging.Filter):
    """Masks every text of a record at the handler: its message formatted once (arguments
    included), its traceback and its stack. The record itself is changed, so a handler it
    reaches after ours (the root logger's) gets it masked too."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class _MaskedStderr(logging.Handler):
    """Python's last resort (records no handler took, WARNING and up, to stderr), masked."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.addFilter(MaskingFilter())
        setattr(self, _OURS, True)

    def emit(self, record: logging.LogRecord) -> None:
        try:  # sys.stderr as it is now (a test's, a redirected one), as Python's own does
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 — logging's own rule: a record never breaks the app
            self.handleError(record)


def mask_stderr() -> None:
    """Mask what reaches stderr through Python's last-resort handler: a command that keeps no
    log file (plan, accounts, …) would otherwise print a record's secret as it is. Every entry
    point passes here (cli.main). Idempotent."""
    if not getattr(logging.lastResort, _OURS, False):
        logging.lastResort = _MaskedStderr()


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records, masked, to a rotating file in `log_dir` (and only there:
    a handler set up for another folder before is closed). Idempotent."""
    log_dir = Path(log_dir)
    path = (log_dir / LOG_FILE).resolve()
    root = logging.getLogger("engagement_desktop")
    root.setLevel(level)
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        if handler.baseFilename == str(path):
            return path
        root.removeHandler(handler)
        handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError as err:
        raise cannot_write(translate("Storage", "log file"), path, err) from None
    logging.raiseExceptions = False  # a log the disk refuses must not print tracebacks mid-run
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    setattr(handler, _OURS, True)
    root.addHandler(handler)
    return path


_OURS = "_engagement_desktop_log"  # marks the handler configure_logging installed
