"""asyncio.subprocess: not available in gilpy yet (it needs the event loop's child watcher
and pipe transports)."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_exec(*args, **kwargs):
    raise NotImplementedError("asyncio.create_subprocess_exec is not supported by gilpy yet "
                              "(no subprocess transports)")


async def create_subprocess_shell(*args, **kwargs):
    raise NotImplementedError("asyncio.create_subprocess_shell is not supported by gilpy yet "
                              "(no subprocess transports)")
