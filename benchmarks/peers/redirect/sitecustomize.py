"""Loaded by the peers' Python (PYTHONPATH) before their code: the host redirect, and the one
shim an old peer needs to start on today's libraries. The peers' own files are not changed.

- PEER_REDIRECT="https://data-api.twitter.com=http://127.0.0.1:PORT": requests sent to the
  first URL go to the second (enterprise-scripts-python hard-codes the API host).
- yaml.load without a Loader (Gnip-Insights-Interface, written for PyYAML 5) gets the safe
  loader: PyYAML 6 requires the argument, and PyYAML 5 cannot be built for Python 3.12.
"""
import os

import requests

_REDIRECT = os.environ.get("PEER_REDIRECT")
if _REDIRECT:
    _FROM, _TO = _REDIRECT.split("=", 1)
    _request = requests.Session.request

    def _redirected(self, method, url, *args, **kwargs):
        if isinstance(url, str) and url.startswith(_FROM):
            url = _TO + url[len(_FROM):]
        return _request(self, method, url, *args, **kwargs)

    requests.Session.request = _redirected

try:
    import yaml
except ImportError:
    pass
else:
    _load = yaml.load

    def _load_with_default(stream, Loader=yaml.SafeLoader):
        return _load(stream, Loader)

    yaml.load = _load_with_default
