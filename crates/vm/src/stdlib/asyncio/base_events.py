"""The event loop: a FIFO queue of ready callbacks, a heap of timers and a selector to
wait on (as CPython's Lib/asyncio/base_events.py and selector_events.py, in one class)."""

__all__ = ('BaseEventLoop', 'SelectorEventLoop')

import collections
import heapq
import os
import selectors
import sys
import threading
import time
import traceback

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """Runs callbacks, timers and I/O readiness handlers on one thread."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """A new Future attached to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule the coroutine's execution; returns its Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped, the executor shut down."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; returns a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at loop time `when`; returns a TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) on the next iteration, in FIFO order; returns a Handle."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: also wakes the loop up."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a thread pool; an asyncio Future of its result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_asyncgens(self):
        """Close async generators still open (gilpy closes them when released)."""
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        """Wait for the default executor's threads to finish."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message and exception to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            try:
                value = repr(value)
            except Exception:
                value = '<repr failed>'
            log_lines.append(f'{key}: {value}')
        text = '\n'.join(log_lines) + '\n'
        if exception is not None:
            text += ''.join(traceback.format_exception(
                type(exception), exception, exception.__traceback__))
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        """Report an error the loop caught (a failed callback, a lost exception)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for I/O or the next timer, then run what is ready."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        event_list = self._selector.select(timeout)
        self._process_events(event_list)

        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _SelectorHandles:
    """The reader and writer callbacks registered for one descriptor."""

    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer


class _UnixSelectorEventLoop(BaseEventLoop):
    """An event loop on a `selectors` selector, woken from other threads by a pipe."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = selectors.DefaultSelector()
        self._selector = selector
        self._make_self_pipe()

    def _make_self_pipe(self):
        self._ssock, self._csock = os.pipe()
        self._internal_fds += 1
        self._selector.register(self._ssock, selectors.EVENT_READ,
                                _SelectorHandles(None, None))

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        if self._selector is not None:
            self._selector.unregister(self._ssock)
            os.close(self._ssock)
            os.close(self._csock)
            self._internal_fds -= 1
            self._selector.close()
            self._selector = None

    def _write_to_self(self):
        try:
            os.write(self._csock, b'\0')
        except OSError:
            pass

    def _read_from_self(self):
        os.read(self._ssock, 4096)

    def _process_events(self, event_list):
        for key, mask in event_list:
            if key.fd == self._ssock:
                self._read_from_self()
                continue
            handles = key.data
            if mask & selectors.EVENT_READ and handles.reader is not None:
                self._add_callback(handles.reader)
            if mask & selectors.EVENT_WRITE and handles.writer is not None:
                self._add_callback(handles.writer)

    def _add_callback(self, handle):
        if handle._cancelled:
            return
        self._ready.append(handle)

    def _update(self, fd, reader=False, writer=False, handle=None):
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            key = None
        handles = key.data if key is not None else _SelectorHandles(None, None)
        if reader is not False:
            old, handles.reader = handles.reader, reader
        if writer is not False:
            old, handles.writer = handles.writer, writer
        mask = ((selectors.EVENT_READ if handles.reader is not None else 0) |
                (selectors.EVENT_WRITE if handles.writer is not None else 0))
        if key is not None:
            if mask:
                self._selector.modify(fd, mask, handles)
            else:
                self._selector.unregister(fd)
        elif mask:
            self._selector.register(fd, mask, handles)
        if old is not None:
            old.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._check_closed()
        self._update(fd, reader=events.Handle(callback, args, self, None))

    def remove_reader(self, fd):
        if self.is_closed():
            return False
        return self._update(fd, reader=None)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._check_closed()
        self._update(fd, writer=events.Handle(callback, args, self, None))

    def remove_writer(self, fd):
        if self.is_closed():
            return False
        return self._update(fd, writer=None)

    async def subprocess_exec(self, *args, **kwargs):
        raise NotImplementedError("asyncio subprocesses are not supported by gilpy yet")

    subprocess_shell = subprocess_exec

    async def create_connection(self, *args, **kwargs):
        raise NotImplementedError("asyncio network streams are not supported by gilpy yet "
                                  "(no socket module)")

    create_server = create_connection
    open_connection = create_connection


SelectorEventLoop = _UnixSelectorEventLoop
