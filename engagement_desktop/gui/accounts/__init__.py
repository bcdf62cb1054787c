"""The Accounts dialog: adding accounts, PIN login, bearer tokens, keyring status."""
