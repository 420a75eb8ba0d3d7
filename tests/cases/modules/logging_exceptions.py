# logging: exception(), exc_info forms, stack_info, stacklevel, Formatter styles/errors, lastResort.
import io
import logging
import sys



class NoPaths(logging.Formatter):
    def format(self, record):
        return super().format(record).replace(__file__, "FILE")


out = logging.StreamHandler(sys.stdout)
out.setFormatter(NoPaths("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("exc")
log.addHandler(out)
log.propagate = False


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError:
    log.exception("caught %s", "it")
    log.error("with exc_info", exc_info=True)
    err = sys.exc_info()[1]
log.error("exception instance", exc_info=err)
log.warning("tuple", exc_info=(type(err), err, err.__traceback__))
log.warning("no exception active", exc_info=True)


def helper(msg):
    log.warning(msg, stacklevel=2)


def outer():
    helper("reported at outer's line")
    log.warning("direct")


outer()


def deep():
    log.warning("with stack", stack_info=True)


deep()

rec = logging.LogRecord("n", 20, "f.py", 1, "m %s %s", ("a", "b"), None)
rec.created = 0.0
rec.msecs = 5.0
for args in [("%(message)s|%(asctime)s",), ("{message}|{asctime}", None, "{"),
             ("${message}|$asctime", None, "$"), ("%(message)s %(asctime)s", "%Y/%m/%d")]:
    f = logging.Formatter(*args)
    print(f.usesTime(), f.format(rec))
print(logging.Formatter("%(message)s %(missing)s", defaults={"missing": "dflt"}).format(rec))
for args in [("no fields",), ("{nope", None, "{"), ("plain", None, "$"), ("x", None, "#")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(missing)s").format(rec)
except ValueError as e:
    print("ValueError:", e)

bf = logging.BufferingFormatter()
print(repr(bf.format([rec, rec])))

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    nolog = logging.getLogger("nohandlers")
    nolog.warning("last resort gets %s", "this")
    nolog.info("but not this")
    logging.lastResort = None
    nolog.error("no handlers at all")
    nolog.error("warned once only")
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(repr(captured))
