"""Pickling for multiprocessing: the ForkingPickler and the passing of file descriptors to a
child being spawned. Counterpart of CPython's Lib/multiprocessing/reduction.py, written for
gilpy."""

import copyreg
import pickle

__all__ = ['ForkingPickler', 'register', 'dump', 'DupFd']


class ForkingPickler(pickle.Pickler):
    """A Pickler with a class-level table of extra reduction functions."""

    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        """Register `reduce` as the reduction function for `type`."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = pickle._BytesWriter()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Pickle `obj` to `file` with a ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)


class DupFd:
    """A file descriptor travelling to a child being spawned: the parent lists it for sending
    over the child's socket; the child finds its own copy by position."""

    def __init__(self, fd):
        from . import spawn
        popen = spawn.current_popen()
        if popen is None:
            from .context import get_spawning_popen_error
            raise get_spawning_popen_error(fd)
        self._index = popen.duplicate_for_child(fd)

    def detach(self):
        from . import spawn
        return spawn.inherited_fd(self._index)
