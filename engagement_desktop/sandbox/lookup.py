"""GET /2/tweets: who wrote each post and when (the client finds each post's owner here)."""
from __future__ import annotations

from werkzeug.wrappers import Response

from . import accounts, posts
from .identity import Caller
from .v2_common import ParamError, choices, id_list
from .wire import json_response, not_authorized_problem, not_found_problem

TWEET_FIELDS = ("author_id", "created_at", "edit_history_tweet_ids", "id", "text")
EXPANSIONS = ("author_id",)


def handle(args, caller: Caller) -> Response:
    try:
        ids = id_list(args, "ids", 100)
        fields = choices(args, "tweet.fields", TWEET_FIELDS, default=[])
        expansions = choices(args, "expansions", EXPANSIONS, default=[])
    except ParamError as err:
        return err.response
    data, errors, authors = [], [], {}
    for post_id in ids:
        state = posts.state(post_id)
        owner = posts.owner_index(post_id)
        if state == posts.DELETED or state == posts.PROTECTED and caller.user != owner:
            problem = not_found_problem if state == posts.DELETED else not_authorized_problem
            errors.append(problem(str(post_id)))
            continue
        user = accounts.USERS[owner]
        item = {"id": str(post_id), "text": f"Sandbox post {post_id} by @{user['screen_name']}",
                "edit_history_tweet_ids": [str(post_id)]}
        if "created_at" in fields:
            item["created_at"] = (posts.created_at(post_id).isoformat(timespec="milliseconds")
                                  .replace("+00:00", "Z"))
        if "author_id" in fields:
            item["author_id"] = user["user_id"]
        data.append(item)
        authors[user["user_id"]] = {"id": user["user_id"], "name": user["name"],
                                    "username": user["screen_name"]}
    answer: dict = {"data": data} if data else {}
    if "author_id" in expansions and authors:
        answer["includes"] = {"users": list(authors.values())}
    if errors:
        answer["errors"] = errors
    return json_response(200, answer)
