# A text file in a garbage cycle collected by gc.collect(): finalizers run in the collector's
# list order. Made and dropped with no collection between, the raw file is finalized first
# (closing it) and the wrapper's text is lost, as in CPython 3.11. Once a collection has seen
# the file through its wrapper, the wrapper comes first and its text is written.
import gc
import sys

out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("lost\n")
l = [out]
l.append(l)
del out, l
print("collected", gc.collect() > 0, flush=True)

out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("written\n")
l = [out]
l.append(l)
gc.collect()
del out, l
print("collected", gc.collect() > 0, flush=True)
print("end")
