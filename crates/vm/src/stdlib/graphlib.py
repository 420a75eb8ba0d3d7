"""Topological sorting of a graph of hashable nodes, all at once or in groups that can be
processed in parallel: gilpy's counterpart of graphlib."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Marks in `_Node.waiting` once a node is handed out, and once it is done.
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """The graph has a cycle; `args[1]` lists it, its first node repeated at the end."""


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph given as {node: predecessors} (or built with `add`)."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Record `node`, to come after each of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not handed out yet."""
        self._require_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        self._require_prepared()
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out `nodes` as processed, readying their successors."""
        self._require_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            if info.waiting != _PASSED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            info.waiting = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.waiting -= 1
                if succ.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A cycle met by a depth-first walk from each node in turn (successors in the
        order they were added), as the path around it; None when there is none."""
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            visited.add(start)
            while pending:
                nxt = next(pending[-1], _DONE)
                if nxt is _DONE:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                pending.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """Every node, each after all its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
