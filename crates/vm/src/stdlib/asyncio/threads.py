"""asyncio.to_thread(): run a blocking function in the loop's thread pool (as CPython's
Lib/asyncio/threads.py; gilpy has no contextvars to copy)."""

__all__ = ('to_thread',)

import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a worker thread and await its result."""
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
