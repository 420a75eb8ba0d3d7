# A bound method reads the attributes it does not have from its function (decorator marks,
# __wrapped__, __dict__, __code__, __defaults__), and refuses to store any.
import functools


def command(name):
    def mark(f):
        f.command_name = name
        return f
    return mark


def traced(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


class Bot:
    @command("hello")
    def greet(self, who="you"):
        "Say hello."
        return "hi " + who

    @traced
    def work(self):
        return "working"


b = Bot()
m = b.greet
print(m.command_name, m.__doc__, m.__name__, m.__qualname__, m.__module__, m.__defaults__, m.__code__.co_name)
print(m.__dict__, b.work.__wrapped__.__name__, b.work(), hasattr(m, "nope"), getattr(m, "nope", "dflt"))
print(sorted(n for n in dir(Bot) if not n.startswith("__")), [k for k, v in vars(Bot).items() if hasattr(v, "command_name")])
try:
    m.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    m.command_name = "x"
except AttributeError as e:
    print("AttributeError", e)
print(m.__func__ is Bot.greet, m.__self__ is b, m == b.greet, m.__eq__(b.greet), type(m.__hash__()).__name__)
