"""The plugins and preferences dialogs."""
from engagement_desktop.gui.shell.plugins_dialog import PluginsDialog
from engagement_desktop.gui.shell.preferences_dialog import REOPEN_KEY, PreferencesDialog
from engagement_desktop.gui.run.run_controller import CONFIRM_ABOVE_KEY
from engagement_desktop.plugins.api import API_VERSION
from engagement_desktop.plugins.registry import load_registry


def table_rows(dialog):
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_plugins_dialog_lists_every_plugin_with_versions_and_the_error_of_a_broken_one(qtbot,
                                                                                       paths):
    (paths.plugins / "broken.py").write_text("import not_a_module_anywhere\n", encoding="utf-8")
    dialog = PluginsDialog(load_registry(paths))
    qtbot.addWidget(dialog)
    rows = table_rows(dialog)
    historical = next(r for r in rows if r[1].startswith("historical"))
    assert historical[3] == API_VERSION and historical[5] == "Loaded"
    broken = next(r for r in rows if r[1] == "broken")
    assert broken[5].startswith("Failed: ModuleNotFoundError")


def test_preferences_are_kept_in_settings(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.reopen.setChecked(False)
    dialog.confirm_above.setValue(50)
    dialog.accept()
    assert settings.value(REOPEN_KEY, type=bool) is False
    assert int(settings.value(CONFIRM_ABOVE_KEY)) == 50
