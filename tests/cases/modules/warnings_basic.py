# warnings: warn() output (file:line: Category: message + source line), default once-per-location
# filter, categories, stacklevel, filters, error action, formatwarning/showwarning, registry.
import sys
import warnings

out = sys.stdout


class NoPaths:
    def write(self, s):
        out.write(s.replace(__file__, "FILE"))

    def flush(self):
        out.flush()


sys.stderr = NoPaths()
print(warnings.filters)


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)


def lib():
    warnings.warn("from lib, blamed on caller", stacklevel=2)


for i in range(3):
    warnings.warn("shown once for this line")
    deprecated_api()
    lib()
warnings.warn("another line, shown")
warnings.warn(RuntimeWarning("a warning instance"))
warnings.warn("a category", FutureWarning)
warnings.warn("pending, ignored by default", PendingDeprecationWarning)
warnings.warn("too deep", stacklevel=50)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)

warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", repr(e))
warnings.resetwarnings()
print(warnings.filters)
for action in ["once", "module", "always", "default", "ignore"]:
    warnings.simplefilter(action)
    print("action", action)
    for i in range(2):
        warnings.warn("msg %s" % action)
        warnings.warn("msg %s" % action)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="hide")
warnings.filterwarnings("error", category=SyntaxWarning)
warnings.warn("hide me please")
warnings.warn("HIDE is case-insensitive")
warnings.warn("not hidden")
try:
    warnings.warn("syntax", SyntaxWarning)
except SyntaxWarning as e:
    print("raised:", e)
try:
    warnings.filterwarnings("shout")
except AssertionError as e:
    print("AssertionError:", e)

print(repr(warnings.formatwarning("message", UserWarning, "file.py", 12, "  the line  ")))
print(repr(warnings.formatwarning("message", DeprecationWarning, "nofile.py", 1)))
warnings.showwarning("shown explicitly", UserWarning, "x.py", 3, out, "source")


def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


warnings.showwarning = my_show
warnings.warn("through custom showwarning")
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: "formatted<%s>\n" % m
warnings.warn("through custom formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 7, module="mod", registry={})
reg = {}
warnings.warn_explicit("into registry", UserWarning, "r.py", 1, registry=reg)
warnings.warn_explicit("into registry", UserWarning, "r.py", 1, registry=reg)
print(sorted(k for k in reg if k != "version"))
