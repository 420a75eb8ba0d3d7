"""Reading a generator's frame from outside while it is suspended, running, delegating and
finished (gi_frame, gi_yieldfrom, gi_suspended, gi_running), exception state kept across a
yield inside an except block, and cycles through suspended generators collected."""
import gc
import sys


def inner():
    got = yield "inner first"
    yield "inner got %r" % (got,)
    return "inner result"


def outer(tag):
    local = [tag]
    me = yield "started"
    print("running:", me.gi_running, me.gi_suspended, me.gi_frame.f_code.co_name)
    r = yield from inner()
    print("from inner:", r)
    try:
        raise KeyError(tag)
    except KeyError:
        yield "in except"
        print("exc_info after resume:", repr(sys.exc_info()[1]))
    yield "end"


g = outer("t")
print(g.gi_suspended, g.gi_running, sorted(g.gi_frame.f_locals), g.gi_yieldfrom)
print(next(g))
print(g.gi_suspended, sorted(g.gi_frame.f_locals), g.gi_frame.f_lineno)
print(g.send(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_lineno)
print(g.send("x"))
print(next(g))
print(g.gi_yieldfrom, sys.exc_info())
print(next(g))
print(list(g), g.gi_frame, g.gi_suspended, g.gi_yieldfrom)

print("-- throw into a delegating generator that returns")
def catcher():
    try:
        yield 1
    except ValueError:
        return "caught"

def deleg():
    r = yield from catcher()
    print("deleg got", r)
    yield 2

d = deleg()
print(next(d))
print(d.throw(ValueError("v")))
print(list(d))

print("-- cycles through suspended generators")
class Node:
    def __del__(self):
        print("node freed")

def holder():
    n = Node()
    n.g = me_holder[0]
    yield n

for _ in range(2):
    me_holder = [None]
    h = holder()
    me_holder[0] = h
    next(h)
    del h, me_holder
    print("collected", gc.collect() > 0)

print("-- a generator reading its own frame through gc")
def self_ref():
    yield gc.get_referrers
    yield "done"

s = self_ref()
print(next(s) is gc.get_referrers, next(s), list(s))
