"""The built-in emulator of every endpoint. No Qt."""
