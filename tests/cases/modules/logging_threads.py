# logging: %(threadName)s with several threads, records written whole, QueueHandler/Listener.
import logging
import logging.handlers
import queue
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)s|%(levelname)s|%(funcName)s|%(message)s")
log = logging.getLogger("worker")
lines = []


class Collect(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


collector = Collect()
collector.setFormatter(logging.Formatter("%(threadName)s:%(message)s:" + "x" * 200))
log.addHandler(collector)
log.propagate = False


def work(n):
    for i in range(50):
        log.info("item %d-%d", n, i)


threads = [threading.Thread(target=work, args=(n,), name="T%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lines), all(line.endswith(":" + "x" * 200) for line in lines))
per_thread = {}
for line in lines:
    name, msg, _ = line.split(":")
    per_thread.setdefault(name, []).append(msg)
for name in sorted(per_thread):
    msgs = per_thread[name]
    print(name, len(msgs), msgs == ["item %s-%d" % (name[1:], i) for i in range(50)])

ordered = []
for n in range(3):
    t = threading.Thread(target=lambda n=n: logging.warning("hello from %d", n), name="Only%d" % n)
    t.start()
    t.join()
logging.info("main thread")

q = queue.Queue()
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(q))
sink = logging.StreamHandler(sys.stdout)
sink.setFormatter(logging.Formatter("listener got: %(message)s"))
listener = logging.handlers.QueueListener(q, sink)
listener.start()
qlog.warning("queued %d", 1)
qlog.error("queued %d", 2)
listener.stop()
