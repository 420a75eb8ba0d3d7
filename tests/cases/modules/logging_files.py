# logging: FileHandler (modes, delay), basicConfig(filename=...), RotatingFileHandler, shutdown at exit.
import logging
import logging.handlers
import os
import sys

d = "/tmp"
path = os.path.join(d, "gilpy_logging_files_%d.log" % os.getpid())
for p in [path, path + ".1", path + ".2"]:
    if os.path.exists(p):
        os.remove(p)

logging.basicConfig(filename=path, filemode="w", format="%(levelname)s:%(message)s", level=logging.INFO)
logging.info("to the file")
logging.warning("second line")
h = logging.root.handlers[0]
print(type(h).__name__, os.path.basename(h.baseFilename) == os.path.basename(path), h.mode, h.encoding is not None)
print(repr(h).replace(path, "PATH"))
h.close()
with open(path) as f:
    print(repr(f.read()))

fh = logging.FileHandler(path, mode="a", delay=True)
print(fh.stream)
log = logging.getLogger("f")
log.addHandler(fh)
log.propagate = False
log.warning("appended")
print(fh.stream is not None)
fh.close()
with open(path) as f:
    print(f.read().splitlines())

os.remove(path)
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rlog = logging.getLogger("rot")
rlog.propagate = False
rlog.addHandler(rh)
for i in range(8):
    rlog.warning("rotating line %d", i)
rh.close()
for p in [path, path + ".1", path + ".2"]:
    with open(p) as f:
        print(p[len(path):], f.read().splitlines())
    os.remove(p)
print(os.path.exists(path + ".3"))

mh = logging.handlers.MemoryHandler(3, target=logging.StreamHandler(sys.stdout))
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning("buffered 1")
print("nothing yet")
mlog.warning("buffered 2")
mlog.error("flushed by level")


class AtExit(logging.StreamHandler):
    def close(self):
        print("closed at exit:", self.name)
        super().close()


last = AtExit(sys.stdout)
last.name = "last"
logging.getLogger("exit").addHandler(last)
print("end of program")
