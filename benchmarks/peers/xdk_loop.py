"""xdk's `posts.get_analytics`, called in a loop over batches of 100 posts, as its README
shows; the client is configured with the sandbox's base URL and an OAuth 2.0 user token.
Prints the values it got as JSON.

    python xdk_loop.py JOB.json   # {"base_url", "token", "batches", "start", "end", "fields"}
"""
import json
import sys

from xdk import Client


def main() -> None:
    job = json.load(open(sys.argv[1]))
    client = Client(base_url=job["base_url"], access_token=job["token"])
    values = 0
    for ids in job["batches"]:
        answer = client.posts.get_analytics(ids=ids, start_time=job["start"],
                                            end_time=job["end"], granularity="total",
                                            analytics_fields=job["fields"])
        for item in (answer.model_dump().get("data") or []):
            values += sum(1 for name in job["fields"] if item.get(name) is not None)
    print(json.dumps({"values": values, "refused": 0}))


if __name__ == "__main__":
    main()
