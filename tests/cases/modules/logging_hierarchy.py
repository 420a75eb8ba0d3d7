# logging: logger hierarchy, propagation, handler and logger levels, filters, extra, adapters.
import logging
import sys

root = logging.getLogger()
root.setLevel(logging.WARNING)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("root-handler %(name)s %(levelname)s %(message)s"))
root.addHandler(out)

c = logging.getLogger("app.db.conn")
a = logging.getLogger("app")
d = logging.getLogger("app.db")
print(c.parent is d, d.parent is a, a.parent is root)
print(a.getChild("db") is d, c.getEffectiveLevel(), a, c)

a.setLevel(logging.DEBUG)
print(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), d)
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(logging.Formatter("app-handler [%(name)s] %(message)s"))
ah.setLevel(logging.INFO)
a.addHandler(ah)
c.debug("debug: only root handler")
c.info("info: both handlers")
a.propagate = False
c.warning("no propagation past app")
a.propagate = True
print(c.hasHandlers(), logging.getLogger("other").hasHandlers())


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


a.addFilter(OnlyEven())
for i in range(4):
    a.warning("logger filter %d", i)
a.filters.clear()
ah.addFilter(logging.Filter("app.db"))
a.warning("to app: filtered out of app-handler")
d.warning("to app.db: passes")
logging.getLogger("app.dbx").warning("app.dbx does not pass the name filter")
ah.addFilter(lambda r: "secret" not in r.getMessage())
d.warning("a secret")
ah.filters.clear()

fmt = logging.Formatter("%(user)s@%(ip)s %(message)s")
xh = logging.StreamHandler(sys.stdout)
xh.setFormatter(fmt)
x = logging.getLogger("extra")
x.propagate = False
x.addHandler(xh)
x.warning("with extra", extra={"user": "ann", "ip": "10.0.0.1"})
try:
    x.warning("bad", extra={"message": "m"})
except KeyError as e:
    print("KeyError:", e)


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


ad = Adapter(logging.getLogger("app.db"), {"conn": 7})
ad.info("adapted %s", "message")
print(ad, ad.name, ad.isEnabledFor(logging.DEBUG))
plain = logging.LoggerAdapter(x, {"user": "bob", "ip": "::1"})
plain.error("adapter extra")

d.setLevel(logging.ERROR)
d.warning("suppressed by app.db level")
c.warning("suppressed too (inherits ERROR)")
c.error("error passes")
logging.getLogger("app").removeHandler(ah)
c.error("after removeHandler")
r = logging.makeLogRecord({"msg": "made %s", "args": ("record",), "levelno": 40, "levelname": "ERROR", "name": "mk"})
out.handle(r)
print(r.getMessage())
rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "hi %(who)s", ({"who": "dict"},), None, "fn")
print(repr(rec).replace("/p/", ""), rec.getMessage(), rec.filename, rec.module, rec.funcName)
names = sorted(k for k in vars(rec) if k not in ("created", "msecs", "relativeCreated", "thread", "process"))
print(names)
