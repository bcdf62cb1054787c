"""Where the app keeps its files (platformdirs), in one object passed to whoever needs it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .i18n.phrases import translate
from .storage.unwritable import cannot_write

APP_NAME = "engagement-desktop"
JOURNAL_FILE = "jobs.sqlite3"  # the job journal, in the data folder


@dataclass(frozen=True)
class AppPaths:
    config: Path  # settings, the account index (no secrets)
    data: Path  # workspaces, job journals, result cache, @handle usage ledger
    logs: Path  # logs, secrets masked
    plugins: Path  # drop-in user plugins

    @classmethod
    def default(cls) -> "AppPaths":
        config = Path(platformdirs.user_config_dir(APP_NAME))
        return cls(config=config,
                   data=Path(platformdirs.user_data_dir(APP_NAME)),
                   logs=Path(platformdirs.user_log_dir(APP_NAME)),
                   plugins=config / "plugins")

    @classmethod
    def under(cls, root: Path) -> "AppPaths":
        """Everything below one folder: for tests and portable installs."""
        root = Path(root)
        return cls(config=root / "config", data=root / "data", logs=root / "logs",
                   plugins=root / "config" / "plugins")

    def ensure(self) -> "AppPaths":
        for path in (self.config, self.data, self.logs, self.plugins):
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise cannot_write(translate("Storage", "app folder"), path, err) from None
        return self
