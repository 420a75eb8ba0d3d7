"""asyncio: an event loop on `selectors`, tasks, futures and their synchronization
primitives (as CPython's Lib/asyncio package, 3.11 API)."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .subprocess import create_subprocess_exec, create_subprocess_shell

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           ('create_subprocess_exec', 'create_subprocess_shell'))

SelectorEventLoop = base_events.SelectorEventLoop
DefaultEventLoopPolicy = events.DefaultEventLoopPolicy
