import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
print(gen.gi_frame is None, g.__name__, gen.__name__)
def running():
    yield gen2.gi_running
gen2 = running()
print(next(gen2))
def self_ref():
    yield next(gen3)
gen3 = self_ref()
try:
    next(gen3)
except ValueError as e:
    print("ValueError:", e)
