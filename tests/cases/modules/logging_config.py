# logging.config.dictConfig: formatters, filters, handlers (ext:// streams, '()' factories),
# loggers, root, disable_existing_loggers, errors.
import logging
import logging.config
import sys

old = logging.getLogger("old")
old_child = logging.getLogger("app.sub")


class Tagged(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "tagged": {"format": "{tag} {name} {message}", "style": "{"},
    },
    "filters": {
        "tagger": {"()": Tagged, "tag": "[T]"},
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "INFO"},
        "tagged": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "tagged", "filters": ["tagger", "only_app"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["tagged"], "propagate": True},
        "quiet": {"level": "ERROR", "propagate": False, "handlers": ["out"]},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
})
logging.getLogger("app").debug("debug to tagged only")
logging.getLogger("app.sub").info("child of app")
logging.getLogger("quiet").warning("not shown")
logging.getLogger("quiet").error("shown once")
logging.getLogger("other").warning("root handler")
old.warning("old logger was disabled")
print(old.disabled, old_child.disabled, logging.getLogger("app").level)
print([h.name for h in logging.root.handlers], logging.root.handlers[0].level)

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"level": "DEBUG", "handlers": ["h"]},
})
logging.getLogger("fresh").debug("plain format after reconfiguring")
print(logging.getLogger("app").handlers, logging.getLogger("quiet").disabled)

for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}},
            {"version": 1, "root": {"handlers": ["missing"]}},
            {"version": 1, "formatters": {"f": {"format": "%(x)s", "style": "?"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e)
