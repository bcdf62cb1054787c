"""The plain script a data scientist writes: requests + requests-oauthlib, one request after
the other, no pacing; on a 429 it sleeps until the window resets (the reset header, else the
next calendar minute) and sends the same request again. Prints the values it got as JSON.

    python plain_loop.py JOB.json   # {"base_url", "auth": {...}, "requests": [{method, path, json|params}]}
"""
import json
import sys
import time

import requests
from requests_oauthlib import OAuth1


def count_values(node) -> int:
    """Numbers at the leaves of an answer's groupings (or its v2 `data`)."""
    if isinstance(node, dict):
        return sum(count_values(v) for k, v in node.items() if k not in ("start", "end", "id"))
    if isinstance(node, list):
        return sum(count_values(v) for v in node)
    return 1 if isinstance(node, (int, float, str)) and not isinstance(node, bool) else 0


def main() -> None:
    job = json.load(open(sys.argv[1]))
    auth = job["auth"]
    if "bearer" in auth:
        signer, headers = None, {"Authorization": f"Bearer {auth['bearer']}"}
    else:
        signer, headers = OAuth1(auth["consumer_key"], auth["consumer_secret"],
                                 auth["token"], auth["token_secret"]), {}
    values = refused = 0
    session = requests.Session()
    for request in job["requests"]:
        while True:
            answer = session.request(request["method"], job["base_url"] + request["path"],
                                     json=request.get("json"), params=request.get("params"),
                                     auth=signer, headers=headers, timeout=120)
            if answer.status_code != 429:
                break
            refused += 1
            reset = answer.headers.get("x-rate-limit-reset")
            time.sleep(max(float(reset) - time.time(), 0) if reset else 60 - time.time() % 60)
        body = answer.json()
        values += count_values(body.get("data", body) if "data" in body else body)
    print(json.dumps({"values": values, "refused": refused}))


if __name__ == "__main__":
    main()
