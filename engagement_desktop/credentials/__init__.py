"""Accounts and their secrets (OS keyring only). No Qt."""
