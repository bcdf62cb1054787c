"""HTTP: sessions, auth (OAuth 1.0a, bearer), rate limiting and retries. No Qt."""
