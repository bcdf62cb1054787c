"""JSON answers in the two error dialects: enterprise `{"errors": [...]}` and v2 problems."""
from __future__ import annotations

import json

from werkzeug.wrappers import Response

PROBLEMS = "https://api.twitter.com/2/problems/"  # as SPEC.md writes the insights errors
# Partial errors of the current endpoints (/2/tweets, /2/tweets/analytics) carry the x.com
# domain, which the official SDK (xdk) requires to read them.
CURRENT_PROBLEMS = "https://api.x.com/2/problems/"


def json_response(status: int, body: object, headers: dict[str, str] | None = None) -> Response:
    text = json.dumps(body, separators=(",", ":"))
    return Response(text, status=status, headers=headers, content_type="application/json")


def strings_response(status: int, body: dict) -> Response:
    """json_response for a body of objects, lists and strings only (an enterprise answer: its
    counts are strings), in a sixth of json.dumps's time. msgspec writes the very bytes
    json.dumps writes for such a body unless a string holds DEL, a character past ASCII or a
    lone surrogate (a grouping's name is the client's), which json.dumps escapes: then
    json.dumps writes it."""
    import msgspec  # at the first answer: the app's start with its sandbox does not wait for it

    try:
        text = msgspec.json.encode(body)
    except UnicodeEncodeError:  # a lone surrogate
        return json_response(status, body)
    if not text.isascii() or b"\x7f" in text:
        return json_response(status, body)
    return Response(text, status=status, content_type="application/json")


def enterprise_error(status: int, message: str, **extra: object) -> Response:
    return json_response(status, {"errors": [message], **extra})


def problem(status: int, title: str, detail: str, kind: str = "about:blank",
            **extra: object) -> Response:
    return json_response(status, {"title": title, "detail": detail, "type": kind,
                                  "status": status, **extra})


def invalid_request(parameter: str, values: list[str], message: str) -> Response:
    """The v2 400 for a bad parameter."""
    return json_response(400, {
        "errors": [{"parameters": {parameter: values}, "message": message}],
        "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
        "type": PROBLEMS + "invalid-request"})


def unauthorized_v2() -> Response:
    return problem(401, "Unauthorized", "Unauthorized")


def app_only_forbidden() -> Response:
    return problem(403, "Unsupported Authentication",
                   "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint."
                   "  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User"
                   " Context].", PROBLEMS + "unsupported-authentication")


def forbidden_v2(ids: list[str]) -> Response:
    return problem(403, "Forbidden", f"Forbidden to access tweets: {','.join(ids)}")


def not_found_problem(post_id: str) -> dict:
    return {"value": post_id, "detail": f"Could not find tweet with ids: [{post_id}].",
            "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids",
            "resource_id": post_id, "type": CURRENT_PROBLEMS + "resource-not-found"}


def not_authorized_problem(post_id: str) -> dict:
    return {"value": post_id,
            "detail": f"Sorry, you are not authorized to see the Tweet with ids: [{post_id}].",
            "title": "Authorization Error", "resource_type": "tweet", "parameter": "ids",
            "resource_id": post_id, "type": CURRENT_PROBLEMS + "not-authorized-for-resource"}
