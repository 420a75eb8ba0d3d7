"""The `concurrent` package: home of `concurrent.futures`. Counterpart of CPython's Lib/concurrent/."""
