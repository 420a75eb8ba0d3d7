# logging: module-level functions, basicConfig variants, levels, getLevelName, reprs.
import logging
import sys

logging.basicConfig(stream=sys.stdout)
logging.warning("plain %s", "warning")
logging.info("not shown")
logging.error("error %d", 42)
logging.critical("critical")
logging.log(logging.WARNING, "log at %s", "WARNING")
print(logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="ignored")
logging.debug("still not shown: basicConfig does nothing twice")

logging.basicConfig(stream=sys.stdout, level="DEBUG", force=True,
                    format="%(levelname)-8s|%(levelno)2d|%(name)s|%(funcName)s:%(lineno)d|%(module)s|%(filename)s|%(message)s")
logging.debug("debug now")


def caller():
    logging.info("from %s", "caller")


caller()

logging.basicConfig(stream=sys.stdout, style="{", format="{levelname}/{name}: {message}", force=True)
logging.warning("brace style %s", "ok")
logging.basicConfig(stream=sys.stdout, style="$", format="$levelname ${name}: $message", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=sys.stdout, format="%(asctime)s %(message)s", datefmt="[fixed]", force=True)
logging.warning("datefmt")

for lvl in (0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "nope"):
    print(repr(lvl), "->", repr(logging.getLevelName(lvl)))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))

for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger().log("x", "msg")
except TypeError as e:
    print("TypeError:", e)

logging.basicConfig(stream=sys.stdout, force=True, level=logging.DEBUG)
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("above disable")
logging.disable(logging.NOTSET)
logging.info("enabled again")
h = logging.StreamHandler(sys.stdout)
print(h, logging.NullHandler(), logging.StreamHandler())
h.setLevel("ERROR")
print(h)
