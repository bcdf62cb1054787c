"""Plugin discovery: entry points and drop-in files; a bad plugin is listed and skipped."""
import sys

import pytest

from engagement_desktop.plugins.api import API_VERSION
from engagement_desktop.plugins.registry import (ENDPOINTS, NoExporter, PluginRegistry,
                                                 load_registry)


def info_named(registry: PluginRegistry, name: str):
    [info] = [i for i in registry.infos if i.name == name]
    return info


def test_installed_built_in_endpoints_are_found_through_their_entry_points(app_paths):
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    assert registry.endpoints["totals"].spec.name == "totals"
    info = info_named(registry, "totals")
    assert info.error is None and info.api_version == API_VERSION
    assert "engagement_builtins.enterprise:totals" in info.source


def test_a_plugin_that_fails_to_import_is_listed_with_its_error_and_skipped(app_paths, installed):
    installed({"fake_broken": "raise RuntimeError('database driver missing')\n",
               "fake_good": "endpoint = Endpoint('fake-good')\n"},
              endpoints={"fake-broken": "fake_broken:endpoint", "fake-good": "fake_good:endpoint"})
    registry = load_registry(app_paths)
    broken = info_named(registry, "fake-broken")
    assert broken.error == "RuntimeError: database driver missing"
    assert broken.kind == "endpoint" and broken.version == "2.3"
    assert broken.source == "fake-engagement-plugins 2.3: fake_broken:endpoint"
    assert "fake-broken" not in registry.endpoints
    assert broken in registry.failures
    assert registry.endpoints["fake-good"].spec.title == "Fake-Good"
    assert "totals" in registry.endpoints  # the others are unharmed


def test_a_plugin_for_another_major_api_version_is_skipped_with_the_reason(app_paths, installed):
    installed({"fake_versions": """
        future = Endpoint('fake-future', api_version='3.0')
        newer_minor = Endpoint('fake-minor', api_version='2.7')
        """}, endpoints={"fake-future": "fake_versions:future",
                         "fake-minor": "fake_versions:newer_minor"})
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    future = info_named(registry, "fake-future")
    assert "fake-future" not in registry.endpoints
    assert future.api_version == "3.0"
    assert f"Targets plugin API 3.0, but this app speaks {API_VERSION}" in future.error
    assert registry.endpoints["fake-minor"].api_version == "2.7"  # same major: compatible


def test_an_object_without_the_protocols_attributes_is_refused_naming_what_lacks(
        app_paths, installed):
    installed({"fake_incomplete": """
        class HalfDone:
            api_version = API_VERSION
            name = 'half'
        half = HalfDone()
        """}, exporters={"half": "fake_incomplete:half"})
    info = info_named(load_registry(app_paths), "half")
    assert info.error == ("Not an exporter plugin: missing title (str), extensions (tuple), "
                          "export().")


def test_a_plugin_whose_attribute_raises_is_recorded_not_raised(app_paths, drop_in):
    drop_in("touchy.py", """
        class Touchy:
            api_version, name, extensions = API_VERSION, 'touchy', ('.t',)
            @property
            def title(self):
                raise KeyError('no title today')
            def export(self, result, target, progress=None, **options):
                pass
        EXPORTERS = [Touchy()]
        """)
    registry = load_registry(app_paths)
    assert info_named(registry, "touchy").error == "KeyError: 'no title today'"
    assert "touchy" not in registry.exporters


def test_a_good_drop_in_file_adds_its_endpoints_and_exporters(app_paths, drop_in):
    path = drop_in("team_tools.py", """
        __version__ = '0.4'
        ENDPOINTS = [Endpoint('team-echo')]
        EXPORTERS = [Exporter('tsv', ('.tsv', '.tab'))]
        """)
    registry = load_registry(app_paths)
    assert registry.endpoints["team-echo"].spec.path == "/team-echo"
    tsv = info_named(registry, "tsv")
    assert (tsv.kind, tsv.title, tsv.version, tsv.source, tsv.error) == (
        "exporter", "TSV", "0.4", str(path), None)
    assert registry.exporter_for("report.TAB") is registry.exporters["tsv"]


def test_a_drop_in_never_replaces_a_built_in_of_the_same_name(app_paths, drop_in):
    drop_in("impostor.py", "ENDPOINTS = [Endpoint('totals')]\n")
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    clash = [i for i in registry.infos if i.name == "totals" and i.error]
    assert len(clash) == 1
    assert "Conflicts with the endpoint 'totals' from engagement-desktop" in clash[0].error
    assert registry.endpoints["totals"].spec.path == "/insights/engagement/totals"


def test_a_drop_in_file_with_a_syntax_error_is_listed_with_the_line(app_paths, drop_in):
    drop_in("typo.py", "ENDPOINTS = [\n", prelude=False)
    registry = load_registry(app_paths)
    info = info_named(registry, "typo")
    assert info.kind == "file" and info.error.startswith("SyntaxError") and "(line 1)" in info.error


def test_a_drop_in_that_exits_at_import_does_not_stop_the_app(app_paths, drop_in):
    drop_in("quitter.py", "import sys\nsys.exit(3)\n", prelude=False)
    info = info_named(load_registry(app_paths), "quitter")
    assert info.error == "SystemExit: 3"


def test_a_drop_in_declaring_nothing_says_what_to_declare(app_paths, drop_in):
    drop_in("notes.py", "X = 1\n", prelude=False)
    info = info_named(load_registry(app_paths), "notes")
    assert "define ENDPOINTS = [...] and/or EXPORTERS = [...]" in info.error


def test_files_starting_with_an_underscore_are_switched_off(app_paths, drop_in):
    drop_in("_disabled.py", "raise RuntimeError('must not run')\n", prelude=False)
    assert not [i for i in load_registry(app_paths).infos if i.source.endswith("_disabled.py")]


def test_loading_only_endpoints_does_not_import_exporter_plugins(app_paths, installed):
    installed({"fake_heavy_exporter": "heavy = Exporter('heavy', ('.heavy',))\n"},
              exporters={"heavy": "fake_heavy_exporter:heavy"})
    load_registry(app_paths, kinds=(ENDPOINTS,))
    assert "fake_heavy_exporter" not in sys.modules
    assert "heavy" in load_registry(app_paths).exporters


def test_the_exporter_is_chosen_by_file_extension(app_paths):
    registry = load_registry(app_paths)
    assert registry.exporter_for("out/Report.CSV").name == "csv"
    assert registry.exporter_for("result.xlsx").name == "xlsx"
    assert registry.exporter_for("result.json").name == "json"


def test_an_unsupported_extension_lists_the_supported_ones(app_paths):
    registry = load_registry(app_paths)
    with pytest.raises(NoExporter) as error:
        registry.exporter_for("result.txt")
    message = str(error.value)
    assert "no exporter writes '.txt' files" in message
    assert all(ext in message for ext in (".csv", ".json", ".xlsx"))
    with pytest.raises(NoExporter, match="a file without extension"):
        registry.exporter_for("result")


def test_an_installed_plugin_reusing_a_built_in_name_is_a_conflict_and_the_built_in_stays(
        app_paths, installed):
    installed({"fake_clash": "totals = Endpoint('totals')\n"},
              endpoints={"my-totals": "fake_clash:totals"})
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    [clash] = [i for i in registry.infos if i.source.endswith("fake_clash:totals")]
    assert clash.error.startswith("Conflicts with the endpoint 'totals'")
    assert registry.endpoints["totals"].spec.path == "/insights/engagement/totals"


def test_a_plugin_for_api_1_is_refused_saying_what_api_2_asks_of_it(app_paths, installed):
    installed({"fake_old": """
        old = Endpoint('fake-old', api_version='1.0')
        """}, endpoints={"fake-old": "fake_old:old"})
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    old = info_named(registry, "fake-old")
    assert "fake-old" not in registry.endpoints
    assert old.error.startswith(f"Targets plugin API 1.0, but this app speaks {API_VERSION}; "
                                "install a version of the plugin made for API 2.x.")
    assert "declares each metric as a MetricSpec (docs/plugin-api.md)" in old.error


def test_an_endpoint_whose_metrics_are_plain_names_is_refused(app_paths, installed):
    installed({"fake_names": """
        import dataclasses
        names = Endpoint('fake-names')
        names.spec = dataclasses.replace(names.spec, metrics=('impressions',))
        """}, endpoints={"fake-names": "fake_names:names"})
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    assert "fake-names" not in registry.endpoints
    assert info_named(registry, "fake-names").error == (
        "Its spec's metrics must be MetricSpec facts (name, label, ...), not plain names.")


@pytest.mark.parametrize("rate, error", [
    ("RateSpec('save_rate', 'Save rate', 'saves', 'impressions', '')",
     "Its spec's rates need metrics it does not declare: saves."),
    ("RateSpec('engagement_rate', 'Mine', 'impressions', 'impressions', '')",
     "Its spec's rates: A rate named 'engagement_rate' is already defined; give the new rate "
     "another name."),
])
def test_an_endpoint_whose_own_rate_cannot_be_computed_is_refused_saying_why(
        app_paths, installed, rate, error):
    installed({"fake_rates": f"""
        import dataclasses
        from engagement_desktop.plugins.api import RateSpec
        rated = Endpoint('fake-rates')
        rated.spec = dataclasses.replace(rated.spec, rates=({rate},))
        """}, endpoints={"fake-rates": "fake_rates:rated"})
    registry = load_registry(app_paths, kinds=(ENDPOINTS,))
    assert "fake-rates" not in registry.endpoints
    assert info_named(registry, "fake-rates").error == error
