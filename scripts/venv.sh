#!/bin/sh
# Make .venv (Python 3.12 or newer, found by scripts/find-python) and install the app into it.
#   sh scripts/venv.sh        the app
#   sh scripts/venv.sh test   the app and what the tests need
# An existing .venv is reused when its Python is recent enough, and made again when it is not.
set -eu
cd "$(dirname "$0")/.."

case "${1:-}" in
    "") target=. ;;
    test) target=.[test] ;;
    *) echo "usage: sh scripts/venv.sh [test]" >&2; exit 2 ;;
esac

if ! PYTHON=.venv/bin/python sh scripts/find-python >/dev/null 2>&1; then
    python=$(sh scripts/find-python) || exit 1
    echo "Making .venv with $python" >&2
    if ! "$python" -m venv --clear .venv; then
        echo "Could not make .venv with $python; on Debian or Ubuntu install its venv package" \
             "(e.g. sudo apt install python3.12-venv) and run the command again." >&2
        exit 1
    fi
fi
.venv/bin/python -m pip install -q -e "$target"
