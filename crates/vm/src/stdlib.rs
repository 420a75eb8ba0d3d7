//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules): the source of each, by module name; dotted names are submodules of a
//! shipped package.

/// The embedded source of module `name`, if gilpy ships it.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Whether stdlib module `name` is a package (some shipped module is named `name.*`).
pub fn is_package(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}

const MODULES: &[(&str, &str)] = &[
    (
        "_collections_abc",
        include_str!("stdlib/_collections_abc.py"),
    ),
    ("_pytime", include_str!("stdlib/_pytime.py")),
    ("_structseq", include_str!("stdlib/_structseq.py")),
    ("_codecs", include_str!("stdlib/_codecs.py")),
    ("abc", include_str!("stdlib/abc.py")),
    ("atexit", include_str!("stdlib/atexit.py")),
    ("bisect", include_str!("stdlib/bisect.py")),
    ("contextlib", include_str!("stdlib/contextlib.py")),
    ("contextvars", include_str!("stdlib/contextvars.py")),
    ("heapq", include_str!("stdlib/heapq.py")),
    ("textwrap", include_str!("stdlib/textwrap.py")),
    ("cmath", include_str!("stdlib/cmath.py")),
    ("collections", include_str!("stdlib/collections.py")),
    ("copy", include_str!("stdlib/copy.py")),
    ("copyreg", include_str!("stdlib/copyreg.py")),
    ("dataclasses", include_str!("stdlib/dataclasses.py")),
    ("datetime", include_str!("stdlib/datetime.py")),
    ("dis", include_str!("stdlib/dis.py")),
    ("enum", include_str!("stdlib/enum.py")),
    ("errno", include_str!("stdlib/errno.py")),
    ("fractions", include_str!("stdlib/fractions.py")),
    ("functools", include_str!("stdlib/functools.py")),
    ("importlib", include_str!("stdlib/importlib/__init__.py")),
    ("io", include_str!("stdlib/io.py")),
    ("itertools", include_str!("stdlib/itertools.py")),
    ("inspect", include_str!("stdlib/inspect.py")),
    ("json", include_str!("stdlib/json/__init__.py")),
    ("json.decoder", include_str!("stdlib/json/decoder.py")),
    ("json.encoder", include_str!("stdlib/json/encoder.py")),
    ("keyword", include_str!("stdlib/keyword.py")),
    ("linecache", include_str!("stdlib/linecache.py")),
    ("logging", include_str!("stdlib/logging/__init__.py")),
    ("logging.config", include_str!("stdlib/logging/config.py")),
    (
        "logging.handlers",
        include_str!("stdlib/logging/handlers.py"),
    ),
    ("numbers", include_str!("stdlib/numbers.py")),
    ("traceback", include_str!("stdlib/traceback.py")),
    (
        "multiprocessing",
        include_str!("stdlib/multiprocessing/__init__.py"),
    ),
    (
        "multiprocessing.connection",
        include_str!("stdlib/multiprocessing/connection.py"),
    ),
    (
        "multiprocessing.context",
        include_str!("stdlib/multiprocessing/context.py"),
    ),
    (
        "multiprocessing.heap",
        include_str!("stdlib/multiprocessing/heap.py"),
    ),
    (
        "multiprocessing.managers",
        include_str!("stdlib/multiprocessing/managers.py"),
    ),
    (
        "multiprocessing.pool",
        include_str!("stdlib/multiprocessing/pool.py"),
    ),
    (
        "multiprocessing.process",
        include_str!("stdlib/multiprocessing/process.py"),
    ),
    (
        "multiprocessing.queues",
        include_str!("stdlib/multiprocessing/queues.py"),
    ),
    (
        "multiprocessing.reduction",
        include_str!("stdlib/multiprocessing/reduction.py"),
    ),
    (
        "multiprocessing.shared_memory",
        include_str!("stdlib/multiprocessing/shared_memory.py"),
    ),
    (
        "multiprocessing.sharedctypes",
        include_str!("stdlib/multiprocessing/sharedctypes.py"),
    ),
    (
        "multiprocessing.spawn",
        include_str!("stdlib/multiprocessing/spawn.py"),
    ),
    (
        "multiprocessing.synchronize",
        include_str!("stdlib/multiprocessing/synchronize.py"),
    ),
    (
        "multiprocessing.util",
        include_str!("stdlib/multiprocessing/util.py"),
    ),
    ("operator", include_str!("stdlib/operator.py")),
    ("pickle", include_str!("stdlib/pickle.py")),
    ("os", include_str!("stdlib/os.py")),
    ("posixpath", include_str!("stdlib/posixpath.py")),
    ("statistics", include_str!("stdlib/statistics.py")),
    ("asyncio", include_str!("stdlib/asyncio/__init__.py")),
    (
        "asyncio.exceptions",
        include_str!("stdlib/asyncio/exceptions.py"),
    ),
    (
        "asyncio.coroutines",
        include_str!("stdlib/asyncio/coroutines.py"),
    ),
    ("asyncio.events", include_str!("stdlib/asyncio/events.py")),
    (
        "asyncio.base_events",
        include_str!("stdlib/asyncio/base_events.py"),
    ),
    ("asyncio.futures", include_str!("stdlib/asyncio/futures.py")),
    ("asyncio.tasks", include_str!("stdlib/asyncio/tasks.py")),
    ("asyncio.locks", include_str!("stdlib/asyncio/locks.py")),
    ("asyncio.queues", include_str!("stdlib/asyncio/queues.py")),
    (
        "asyncio.taskgroups",
        include_str!("stdlib/asyncio/taskgroups.py"),
    ),
    (
        "asyncio.timeouts",
        include_str!("stdlib/asyncio/timeouts.py"),
    ),
    ("asyncio.runners", include_str!("stdlib/asyncio/runners.py")),
    ("asyncio.threads", include_str!("stdlib/asyncio/threads.py")),
    (
        "asyncio.subprocess",
        include_str!("stdlib/asyncio/subprocess.py"),
    ),
    ("selectors", include_str!("stdlib/selectors.py")),
    ("socket", include_str!("stdlib/socket.py")),
    ("struct", include_str!("stdlib/struct.py")),
    ("signal", include_str!("stdlib/signal.py")),
    ("string", include_str!("stdlib/string.py")),
    ("subprocess", include_str!("stdlib/subprocess.py")),
    ("types", include_str!("stdlib/types.py")),
    ("typing", include_str!("stdlib/typing.py")),
    ("_typing_records", include_str!("stdlib/_typing_records.py")),
    ("__future__", include_str!("stdlib/__future__.py")),
    ("threading", include_str!("stdlib/threading.py")),
    ("warnings", include_str!("stdlib/warnings.py")),
    ("queue", include_str!("stdlib/queue.py")),
    ("re", include_str!("stdlib/re.py")),
    ("concurrent", include_str!("stdlib/concurrent/__init__.py")),
    ("weakref", include_str!("stdlib/weakref.py")),
    (
        "concurrent.futures",
        include_str!("stdlib/concurrent/futures.py"),
    ),
    (
        "concurrent.futures.process",
        include_str!("stdlib/concurrent/process.py"),
    ),
];
